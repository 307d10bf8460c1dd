@request
Feature: secure_filename
  werkzeug.utils.secure_filename makes a file name safe to join to a folder: path separators
  become "_", leading dots and underscores go, spaces become "_", and every character that
  is not an ASCII letter, digit, "_", "." or "-" is dropped after NFKD normalization, so
  accented letters lose their accents and CJK text disappears. Windows device names are
  prefixed only on Windows.
  Source: Flask docs, "Uploading Files"; werkzeug.utils.secure_filename; catalogue FILE-3, NOTE-17.

  @id:request.secure_traversal @spec:FILE-3 @core @security
  Scenario Outline: secure_filename turns <name> into a name without a path
    When the client asks /request/secure-filename to secure the file name "<name>"
    Then the body is "<secure>"

    Examples:
      | name             | secure     |
      | ../../etc/passwd | etc_passwd |
      | /etc/passwd      | etc_passwd |
      | a/b\c.txt        | a_bc.txt   |
      | .bashrc          | bashrc     |
      | ..               |            |

  @id:request.secure_uploaded_traversal @spec:FILE-3 @core @security
  Scenario: The secure name of an upload named ../../etc/passwd is etc_passwd
    When the client uploads the file "../../etc/passwd" containing "root:x" to POST /request/secure-upload
    Then the body is "etc_passwd"

  @id:request.secure_spaces @spec:FILE-3 @core
  Scenario Outline: secure_filename joins the words of <name> with underscores
    When the client asks /request/secure-filename to secure the file name "<name>"
    Then the body is "<secure>"

    Examples:
      | name              | secure            |
      | My cool movie.mov | My_cool_movie.mov |
      | a  b .txt         | a_b_.txt          |

  @id:request.secure_only_spaces @spec:FILE-3 @core
  Scenario: A name of spaces alone secures to the empty string
    When the client asks /request/secure-filename to secure the file name "  "
    Then the body is ""

  @id:request.secure_non_ascii @spec:FILE-3 @spec:NOTE-17 @core
  Scenario Outline: secure_filename drops what is not ASCII from <name>
    When the client asks /request/secure-filename to secure the file name "<name>"
    Then the body is "<secure>"

    Examples:
      | name                       | secure                     |
      | i contain cool ümläuts.txt | i_contain_cool_umlauts.txt |
      | résumé.doc                 | resume.doc                 |
      | 中文.txt                   | txt                        |
      | 张三的简历.pdf             | pdf                        |

  @id:request.secure_device_name_posix @spec:FILE-3 @flask
  Scenario: On POSIX a Windows device name such as con.txt is kept
    When the client asks /request/secure-filename to secure the file name "con.txt"
    Then the body is "con.txt"

  @id:request.secure_any_name @spec:FILE-3 @core @security @property
  Scenario: No name secures to one with a separator or a leading dot
    When the client generates file names with separators, dots and non-ASCII letters
    Then /request/secure-filename secures each of them to a name without a separator or a leading dot
