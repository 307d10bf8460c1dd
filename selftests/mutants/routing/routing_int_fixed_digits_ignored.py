"""Mutant: fixed_digits only pads built URLs; matching accepts any number of digits."""

from werkzeug.routing import ValidationError
from werkzeug.routing.converters import NumberConverter

from .. import reference_app

KILLS = ["routing.int_fixed_digits_misfit"]


def create_app():
    def any_digit_count(self, value):
        number = self.num_convert(value)
        if (self.min is not None and number < self.min) or (self.max is not None and number > self.max):
            raise ValidationError()
        return number

    NumberConverter.to_python = any_digit_count
    return reference_app()
