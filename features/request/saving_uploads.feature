@request
Feature: Saving an upload
  FileStorage.save(path) writes the uploaded bytes to that path. An app saves under the
  secure form of the filename, so a name such as ../../etc/passwd stays inside its folder.
  Source: Flask docs, "Uploading Files"; Werkzeug FileStorage.save, utils.secure_filename; catalogue FILE-1, FILE-3.

  @id:request.save_writes_content @spec:FILE-1 @core
  Scenario: save writes the uploaded bytes under the name it is given
    When the client uploads the file "report.txt" containing "quarterly" to POST /request/save
    Then the JSON body is {"report.txt": "quarterly"}

  @id:request.save_traversal_name @spec:FILE-1 @spec:FILE-3 @core @security
  Scenario: An upload named ../../etc/passwd is saved as etc_passwd in its folder
    When the client uploads the file "../../etc/passwd" containing "root:x" to POST /request/save
    Then the JSON body is {"etc_passwd": "root:x"}
