"""Mutant: fixed_digits counts the digits of the converted number, so leading zeros do not count."""

from werkzeug.routing import ValidationError
from werkzeug.routing.converters import NumberConverter

from .. import reference_app

KILLS = ["routing.int_fixed_digits_fit"]


def create_app():
    def digits_of_number(self, value):
        number = self.num_convert(value)
        if self.fixed_digits and len(str(number)) != self.fixed_digits:
            raise ValidationError()
        if (self.min is not None and number < self.min) or (self.max is not None and number > self.max):
            raise ValidationError()
        return number

    NumberConverter.to_python = digits_of_number
    return reference_app()
