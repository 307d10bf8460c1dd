/* The filters and anchors of the spec, report and matrix pages: inlined into each page. */
"use strict";
(function () {
  const all = (selector, root) => Array.from((root || document).querySelectorAll(selector));
  const byId = (id) => document.getElementById(id);
  const texts = new WeakMap();
  const textOf = (el) => {
    let text = texts.get(el);
    if (text === undefined) { text = el.textContent.toLowerCase(); texts.set(el, text); }
    return text;
  };
  const search = byId("search"), area = byId("f-area"), tier = byId("f-tier"), count = byId("count");
  const boxes = all("input[name=outcome]");
  const scenarios = all(".scenario");
  const rows = all(".mrow.scen");

  function chosenOutcomes() {
    if (!boxes.length) return null;
    const chosen = new Set(boxes.filter((b) => b.checked).map((b) => b.value));
    return chosen.size === boxes.length ? null : chosen;
  }

  /* The spec and the report: a scenario shows when it matches every filter; a feature or an
     area shows when one of its scenarios does; outline rows and failure blocks follow the
     outcome filter. */
  function applySpec() {
    const words = search ? search.value.toLowerCase().split(/\s+/).filter(Boolean) : [];
    const wantArea = area ? area.value : "", wantTier = tier ? tier.value : "";
    const outcomes = chosenOutcomes();
    let shown = 0;
    for (const scenario of scenarios) {
      let keep = (!wantArea || scenario.dataset.area === wantArea) && (!wantTier || scenario.dataset.tier === wantTier);
      if (keep && outcomes) keep = (scenario.dataset.outcomes || "").split(" ").some((o) => outcomes.has(o));
      if (keep && words.length) { const text = textOf(scenario); keep = words.every((w) => text.includes(w)); }
      scenario.hidden = !keep;
      if (keep) {
        shown += 1;
        for (const part of all("[data-outcome]", scenario)) part.hidden = Boolean(outcomes) && !outcomes.has(part.dataset.outcome);
      }
    }
    for (const feature of all(".feature")) feature.hidden = !feature.querySelector(".scenario:not([hidden])");
    for (const group of all(".area")) {
      group.hidden = !group.querySelector(".feature:not([hidden])");
      const link = byId("toc-" + group.dataset.area);
      if (link) link.hidden = group.hidden;
    }
    for (const entry of all(".catalogue li.entry")) {
      entry.hidden = words.length > 0 && !words.every((w) => textOf(entry).includes(w));
    }
    if (count) count.textContent = shown + " of " + scenarios.length + " scenarios";
  }

  /* The matrix: a scenario row shows when its name matches and, with "only differences",
     when its runs disagree; a feature or an area shows when one of its rows does. */
  function applyMatrix() {
    const words = search ? search.value.toLowerCase().split(/\s+/).filter(Boolean) : [];
    const differing = byId("f-differ") && byId("f-differ").checked;
    let shown = 0;
    for (const row of rows) {
      let keep = !differing || row.dataset.differs === "1";
      if (keep && words.length) { const text = textOf(row); keep = words.every((w) => text.includes(w)); }
      row.hidden = !keep;
      shown += keep ? 1 : 0;
    }
    for (const group of all("details.mfeature, details.marea")) {
      group.hidden = !group.querySelector(".mrow.scen:not([hidden])");
      if ((words.length || differing) && !group.hidden) group.open = true;
    }
    if (count) count.textContent = shown + " of " + rows.length + " scenarios";
  }

  const apply = rows.length ? applyMatrix : applySpec;
  let pending = 0;
  const later = () => { cancelAnimationFrame(pending); pending = requestAnimationFrame(apply); };
  for (const control of [search, area, tier, byId("f-differ"), ...boxes]) {
    if (control) control.addEventListener(control === search ? "input" : "change", later);
  }
  for (const button of all("button[data-outcomes]")) {
    button.addEventListener("click", () => {
      const wanted = new Set(button.dataset.outcomes.split(" "));
      for (const box of boxes) box.checked = button.dataset.outcomes === "*" || wanted.has(box.value);
      apply();
    });
  }
  for (const button of all("button[data-open]")) {
    button.addEventListener("click", () => {
      for (const d of all("details.mfeature, details.marea")) d.open = button.dataset.open === "1";
    });
  }

  /* A link to one scenario (#<id>), row or catalogue entry: clear the filters that hide it,
     open what folds it, and bring it to the top. */
  function reveal() {
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id && byId(id);
    if (!target) return;
    if (target.closest("[hidden]")) {
      if (search) search.value = "";
      if (area) area.value = "";
      if (tier) tier.value = "";
      for (const box of boxes) box.checked = true;
      if (byId("f-differ")) byId("f-differ").checked = false;
      apply();
    }
    for (let d = target.closest("details"); d; d = d.parentElement && d.parentElement.closest("details")) d.open = true;
    target.scrollIntoView({ block: "start" });
  }
  window.addEventListener("hashchange", reveal);
  apply();
  reveal();
})();
