"""One module per ES5.1 global; each exports ``install(realm)``.

Conventions (see docs/runtime.md): a built-in is a plain Python function
``name(this, *args)`` with every parameter defaulting to ``undefined``;
numbers in and out are floats; strings are UTF-16 code-unit strings.
"""
