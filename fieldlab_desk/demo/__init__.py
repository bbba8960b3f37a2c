"""Demonstration portfolios: Drenthe's (20 projects, 2023-2025) and a national-scale one.

The builders write a new file through storage and the file-info service; they never touch Qt.
"""

from fieldlab_desk.demo.drenthe import build_drenthe_demo
from fieldlab_desk.demo.national import build_national_demo

__all__ = ["build_drenthe_demo", "build_national_demo"]
