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

The replacement functions are Python called back from C; they do no more than a
``fstat`` and the lock itself, under one mutex, and never call into SQLite. At exit the
original calls are put back before the interpreter is torn down.
"""

from __future__ import annotations

import atexit
import ctypes
import logging
import os
import sys
import threading

log = logging.getLogger(__name__)

_state: dict[str, object] = {}
_mutex = threading.Lock()
# (st_dev, st_ino) -> [lock descriptor, {SQLite's descriptors on that file}]
_files: dict[tuple[int, int], list] = {}
_file_of: dict[int, tuple[int, int]] = {}


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


class _Flock(ctypes.Structure):  # struct flock on 64-bit Linux
    _fields_ = (
        ("l_type", ctypes.c_short),
        ("l_whence", ctypes.c_short),
        ("l_start", ctypes.c_int64),
        ("l_len", ctypes.c_int64),
        ("l_pid", ctypes.c_int),
    )


def _install() -> bool:
    if not sys.platform.startswith("linux") or sys.maxsize <= 2**32:
        return False
    import fcntl

    if not hasattr(fcntl, "F_OFD_SETLK") or not _kernel_has_ofd(fcntl):
        return False
    import _sqlite3

    lib = ctypes.CDLL(_sqlite3.__file__)
    vfs = _find_vfs(lib)
    if vfs is None:
        return False
    libc = ctypes.CDLL(None, use_errno=False)
    errno_location = libc.__errno_location
    errno_location.restype = ctypes.POINTER(ctypes.c_int)

    fcntl_type = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_void_p)
    close_type = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_int)
    get_call = vfs.contents.xGetSystemCall
    set_call = vfs.contents.xSetSystemCall
    real_fcntl_ptr = get_call(vfs, b"fcntl")
    real_close_ptr = get_call(vfs, b"close")
    if not real_fcntl_ptr or not real_close_ptr:
        return False
    real_fcntl = fcntl_type(real_fcntl_ptr)
    real_close = close_type(real_close_ptr)
    to_ofd = {fcntl.F_SETLK: fcntl.F_OFD_SETLK, fcntl.F_SETLKW: fcntl.F_OFD_SETLKW, fcntl.F_GETLK: fcntl.F_OFD_GETLK}
    pid_offset = _Flock.l_pid.offset
    fstat = os.fstat
    dup = os.dup

    def lock_call(fd: int, cmd: int, arg: int | None) -> int:
        ofd_cmd = to_ofd.get(cmd)
        if ofd_cmd is None or not arg:
            return real_fcntl(fd, cmd, arg)
        try:
            with _mutex:
                info = fstat(fd)
                key = (info.st_dev, info.st_ino)
                entry = _files.get(key)
                if entry is None:
                    entry = _files[key] = [dup(fd), set()]
                entry[1].add(fd)
                _file_of[fd] = key
                ctypes.c_int.from_address(arg + pid_offset).value = 0  # OFD locks want l_pid 0
                rc = real_fcntl(entry[0], ofd_cmd, arg)
                err = errno_location()[0]
        except OSError as exc:
            rc, err = -1, exc.errno or 5
        except BaseException:  # never let an exception cross into C
            rc, err = -1, 5  # EIO
        errno_location()[0] = err  # SQLite reads errno to tell "busy" from "I/O error"
        return rc

    def close_call(fd: int) -> int:
        try:
            with _mutex:
                key = _file_of.pop(fd, None)
                if key is not None:
                    entry = _files[key]
                    entry[1].discard(fd)
                    if not entry[1]:
                        del _files[key]
                        os.close(entry[0])  # the last of SQLite's descriptors: release what is left
        except BaseException:
            log.exception("store locks: closing descriptor %d", fd)
        return real_close(fd)

    lock_cb = fcntl_type(lock_call)
    close_cb = close_type(close_call)
    rc1 = set_call(vfs, b"fcntl", ctypes.cast(lock_cb, ctypes.c_void_p))
    rc2 = set_call(vfs, b"close", ctypes.cast(close_cb, ctypes.c_void_p))
    if rc1 or rc2:
        set_call(vfs, b"fcntl", None)
        set_call(vfs, b"close", None)
        return False

    def restore() -> None:
        # Before the interpreter goes away, SQLite gets its own calls back. Connections closed
        # after this leave the OFD locks to the process's end, which releases them.
        set_call(vfs, b"fcntl", None)
        set_call(vfs, b"close", None)
        _state["installed"] = False

    _state.update(callbacks=(lock_cb, close_cb, real_fcntl, real_close), restore=restore, vfs=vfs, lib=lib)
    atexit.register(restore)
    return True


def _kernel_has_ofd(fcntl_module) -> bool:
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


def _find_vfs(lib: ctypes.CDLL):
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
