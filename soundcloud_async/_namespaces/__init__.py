"""The facade's namespaces that extend a generated class with methods written by hand.

Which operations are handwritten is in the spec (`x-sdk-handwritten`); everything else on
these classes is generated from it (templates/endpoint_init.py.jinja). Each is imported from
its own module, on first use (`SoundCloud`'s properties), so none is imported here.
"""
