"""Build step: compile the store's lock shim (src/briefing/core/store/_ofdlock.c) on Linux.

See src/briefing/core/store/locking.py for what it does and why it is C.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

SHIM = "src/briefing/core/store/_ofdlock"


class CustomBuildHook(BuildHookInterface):
    def initialize(self, version: str, build_data: dict) -> None:
        if not sys.platform.startswith("linux"):
            return
        source = Path(self.root, f"{SHIM}.c")
        target = Path(self.root, f"{SHIM}.so")
        compiler = os.environ.get("CC") or shutil.which("cc") or shutil.which("gcc")
        if compiler is None:
            raise RuntimeError("Briefing needs a C compiler (cc or gcc) on Linux to build its store lock shim")
        subprocess.run(
            [compiler, "-O2", "-Wall", "-shared", "-fPIC", "-o", str(target), str(source), "-lpthread"], check=True
        )
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        build_data["artifacts"].append(f"{SHIM}.so")
