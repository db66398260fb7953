"""Runtime hook: qtawesome loads only the icon fonts that are in the bundle.

packaging/pyi-hooks/hook-qtawesome.py bundles only the fonts the app uses; qtawesome
itself would open (and md5-check) all of its fonts on first use and fail on a missing one.
After qtawesome's __init__ has run, its font table is cut to the files that exist.
"""


def _install():
    import importlib.util
    import os
    import sys

    class _TrimmedFonts:
        """Wraps qtawesome's loader; after the module runs, drops fonts that are not bundled."""

        def __init__(self, loader):
            self._loader = loader

        def __getattr__(self, name):
            return getattr(self._loader, name)

        def create_module(self, spec):
            return self._loader.create_module(spec)

        def exec_module(self, module):
            self._loader.exec_module(module)
            fonts = os.path.join(os.path.dirname(module.__file__), "fonts")
            module._BUNDLED_FONTS = tuple(f for f in module._BUNDLED_FONTS
                                          if os.path.isfile(os.path.join(fonts, f[1])))

    class _Finder:
        @staticmethod
        def find_spec(fullname, path=None, target=None):
            if fullname != "qtawesome":
                return None
            sys.meta_path.remove(_Finder)
            spec = importlib.util.find_spec(fullname)
            if spec is not None and spec.loader is not None:
                spec.loader = _TrimmedFonts(spec.loader)
            return spec

    sys.meta_path.insert(0, _Finder)


_install()
del _install
