# Two commands for a fresh machine: `make run` and `make test` (the fast suite).
# `make test-slow` runs what `make test` leaves out (long soaks, supervisor end-to-end,
# the real window manager, the 1,050-example fuzz); CI runs both (.ci/run).
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test test-slow test-all venv check-data benchmarks clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	$(PY) -m app $(ARGS)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m "not slow and not packaging"
	$(VENV)/bin/lint-imports

test-slow: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m "slow and not packaging"

test-all: test test-slow

check-data: $(STAMP)
	$(PY) -m app --check-data

benchmarks: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/startup.py

clean:
	rm -rf $(VENV) build *.egg-info

# --- Installers (packaging/README.md) -------------------------------------------------
# `make package`: PyInstaller one-folder bundle in dist/khasan-explorer/, a smoke test that
# renders every page from it, and, on Linux, dist/khasan-explorer_<version>_<arch>.deb.
# `make package-test` then runs the packaging tests (the .deb extracted into a scratch
# root, started offscreen with sockets blocked; lintian where installed).
PKG_STAMP  := $(VENV)/.installed-package
PKG_TOOLS  := readelf strip gcc icupkg patchelf dpkg-deb gzip lintian strace desktop-file-validate appstreamcli

.PHONY: package package-deps package-test

$(PKG_STAMP): pyproject.toml $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,package]'
	touch $(PKG_STAMP)

package: $(PKG_STAMP)
	@for t in $(PKG_TOOLS); do command -v $$t >/dev/null || { $(MAKE) package-deps; break; }; done
	$(PY) packaging/build.py $(PACKAGE_ARGS)

# Debian/Ubuntu build tools: binutils (readelf, strip), gcc + libc6-dev (relinks ICU's
# data), icu-devtools (icupkg), patchelf (drops RUNPATHs that point at the build machine),
# appstream and desktop-file-utils (validators), lintian (package-test checks the .deb),
# strace (package-test watches for network calls). Needs root.
package-deps:
	apt-get update -qq
	apt-get install -y -qq --no-install-recommends binutils gcc libc6-dev icu-devtools patchelf \
		appstream desktop-file-utils dpkg gzip lintian strace >/dev/null

package-test: $(PKG_STAMP)
	@for t in $(PKG_TOOLS); do command -v $$t >/dev/null || { $(MAKE) package-deps; break; }; done
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m packaging -q

# --- Translations (Qt Linguist) -------------------------------------------------------
# `make translations`: extract every tr()/QT_TRANSLATE_NOOP string of app/**/*.py into
# resources/translations/app_fi.ts and app_sv.ts (translations kept, vanished strings
# dropped), then compile the .qm files the app loads. Translate a .ts with pyside6-linguist.
TS_LANGS := fi_FI sv_SE

.PHONY: translations
translations: $(STAMP)
	for locale in $(TS_LANGS); do \
		ts=resources/translations/app_$${locale%_*}.ts; \
		$(VENV)/bin/pyside6-lupdate -silent -no-obsolete -locations relative -target-language $$locale \
			$$(find app -name '*.py' | sort) -ts $$ts && \
		$(VENV)/bin/pyside6-lrelease $$ts -qm $${ts%.ts}.qm || exit 1; \
	done
