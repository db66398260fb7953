"""anyascii reads its transliteration tables (anyascii/_data/*) with importlib.resources at run
time, block by block: PyInstaller sees no import of them, so they are collected as data."""
from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files("anyascii")
