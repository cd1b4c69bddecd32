"""Store locks that no other code in this process can drop.

The problem
-----------
SQLite's unix VFS locks the store and its ``-shm`` file with POSIX advisory locks
(``fcntl(F_SETLK)``). POSIX locks belong to the *process*, and closing *any* file
descriptor on the same file drops all of the process's locks on it. SQLite guards against
its own connections doing that, but not against the rest of the process: Qt's file dialog
reading a file's MIME type, a hash, a copy or a glance at the header each open and close
the store. From then on the process holds no locks; another Briefing that closes the store
believes it is the last user, checkpoints and deletes the ``-wal`` that this process is
still writing to, and the store is damaged ("How To Corrupt An SQLite Database File", §2.2).

The options weighed
-------------------
1. Never open the store any other way. It cannot be enforced: Qt's dialogs, the desktop's
   thumbnailers in-process and any future code would each have to remember it.
2. Hold the store exclusively (``locking_mode=EXCLUSIVE`` or a lock file) so no other
   process may open it. The locks can still be dropped; only the damage is avoided, and the
   command line and a second window could no longer work beside the app.
3. A separate process owning the connection. Safe, but every query crosses a process
   boundary.
4. Open-file-description locks (Linux ``F_OFD_SETLK``, since 3.15). They conflict with other
   processes exactly like POSIX locks, and with POSIX locks too, but they belong to the open
   file description, so closing an unrelated descriptor on the same file leaves them alone.

The choice: 4, where the platform has it. SQLite lets a program replace the system calls
its unix VFS makes (``xSetSystemCall``); this module replaces ``fcntl`` and ``close``:

* every lock request on a file is made, as an OFD lock, on one descriptor per file
  (a ``dup`` of the first descriptor SQLite locked it through). One description per file
  keeps SQLite's in-process bookkeeping true: it expects all of its connections in one
  process to share their locks, as POSIX locks do, and they do here too.
* when SQLite closes its last descriptor on a file, that ``dup`` is closed with it, which
  releases whatever was still held, as the close of a POSIX-locked file would.

Other processes see ordinary conflicting locks, so an older Briefing or the ``sqlite3`` shell
still coordinate with this one. Windows locks per handle and has no such problem. macOS has
no OFD locks: there the store stays as safe as SQLite alone makes it (``installed()`` says so,
and the app warns in the log).

The replacement functions are a few lines of C (``_ofdlock.c``, compiled when Briefing is
installed): they run inside SQLite while it holds its own mutexes, where Python code, and the
garbage collector it can set off, could re-enter SQLite and deadlock.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

log = logging.getLogger(__name__)

_state: dict[str, object] = {}


def installed() -> bool:
    """True when the store's locks in this process are immune to other opens and closes."""
    return bool(_state.get("installed"))


def install() -> bool:
    """Route SQLite's locks through OFD locks; idempotent. False where the platform lacks them."""
    if "tried" in _state:
        return installed()
    _state["tried"] = True
    try:
        ok = _install()
    except Exception as exc:  # a platform we cannot patch: SQLite's own locks still apply
        log.warning("store locks: cannot use open-file-description locks (%s)", exc)
        ok = False
    _state["installed"] = ok
    return ok


def _install() -> bool:
    if not sys.platform.startswith("linux") or sys.maxsize <= 2**32:
        return False
    import fcntl

    if not hasattr(fcntl, "F_OFD_SETLK") or not _kernel_has_ofd(fcntl):
        return False
    shim_path = _shim_path()
    if shim_path is None:
        log.warning("store locks: %s is missing; reinstall Briefing", _SHIM_NAME)
        return False
    import _sqlite3

    vfs = _find_vfs(ctypes.CDLL(_sqlite3.__file__))
    if vfs is None:
        return False
    shim = ctypes.CDLL(str(shim_path))
    get_call = vfs.contents.xGetSystemCall
    set_call = vfs.contents.xSetSystemCall
    real_fcntl = get_call(vfs, b"fcntl")
    real_close = get_call(vfs, b"close")
    if not real_fcntl or not real_close:
        return False
    shim.briefing_ofd_init.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
    shim.briefing_ofd_init.restype = None
    shim.briefing_ofd_init(real_fcntl, real_close)
    lock_call = ctypes.cast(shim.briefing_ofd_fcntl, ctypes.c_void_p)
    close_call = ctypes.cast(shim.briefing_ofd_close, ctypes.c_void_p)
    if set_call(vfs, b"fcntl", lock_call) or set_call(vfs, b"close", close_call):
        set_call(vfs, b"fcntl", None)
        set_call(vfs, b"close", None)
        return False
    _state.update(shim=shim, vfs=vfs)
    return True


_SHIM_NAME = "_ofdlock.so"


def _shim_path() -> Path | None:
    path = Path(__file__).with_name(_SHIM_NAME)
    return path if path.is_file() else None


def locked_files() -> int:
    """How many files the process holds a lock descriptor for (for tests)."""
    shim = _state.get("shim")
    return int(shim.briefing_ofd_files()) if isinstance(shim, ctypes.CDLL) else 0


def _kernel_has_ofd(fcntl_module: ModuleType) -> bool:
    import struct
    import tempfile

    with tempfile.TemporaryFile() as probe:
        request = struct.pack("hhqqi", fcntl_module.F_WRLCK, 0, 0, 1, 0) + b"\0" * 4
        try:
            fcntl_module.fcntl(probe.fileno(), fcntl_module.F_OFD_SETLK, request)
        except OSError:
            return False
    return True


class _Vfs(ctypes.Structure):
    pass


_Vfs._fields_ = [
    ("iVersion", ctypes.c_int),
    ("szOsFile", ctypes.c_int),
    ("mxPathname", ctypes.c_int),
    ("pNext", ctypes.POINTER(_Vfs)),
    ("zName", ctypes.c_char_p),
    ("pAppData", ctypes.c_void_p),
    *[
        (name, ctypes.c_void_p)
        for name in (
            "xOpen", "xDelete", "xAccess", "xFullPathname", "xDlOpen", "xDlError", "xDlSym", "xDlClose",
            "xRandomness", "xSleep", "xCurrentTime", "xGetLastError", "xCurrentTimeInt64",
        )
    ],
    ("xSetSystemCall", ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(_Vfs), ctypes.c_char_p, ctypes.c_void_p)),
    ("xGetSystemCall", ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.POINTER(_Vfs), ctypes.c_char_p)),
    ("xNextSystemCall", ctypes.c_void_p),
]  # fmt: skip


def _find_vfs(lib: ctypes.CDLL) -> Any:  # a ctypes pointer to struct sqlite3_vfs, or None
    try:
        find = lib.sqlite3_vfs_find
    except AttributeError:  # SQLite linked in without its symbols exported
        return None
    find.restype = ctypes.POINTER(_Vfs)
    find.argtypes = [ctypes.c_char_p]
    vfs = find(None)
    if not vfs or vfs.contents.iVersion < 3 or vfs.contents.zName != b"unix":
        return None
    return vfs
