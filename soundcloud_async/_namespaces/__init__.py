"""The facade's namespaces that extend a generated class with methods written by hand.

Which operations are handwritten is in the spec (`x-sdk-handwritten`); everything else on
these classes is generated from it (templates/endpoint_init.py.jinja). Each is imported from
its own module, on first use (`SoundCloud`'s properties), so none is imported here.
"""

from typing import TypeVar

T = TypeVar("T", bound=type)

PUBLIC_MODULE = "soundcloud_async.namespaces"


def public(cls: T) -> T:
    """Present a namespace class and its methods as `soundcloud_async.namespaces` members.

    help() and documentation tools name a class's and a method's `__module__`; users import
    these classes from soundcloud_async.namespaces (or soundcloud_async), not from here.
    """
    cls.__module__ = PUBLIC_MODULE
    for value in vars(cls).values():
        if callable(value):
            value.__module__ = PUBLIC_MODULE
    return cls
