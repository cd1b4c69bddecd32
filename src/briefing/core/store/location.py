"""Where a store file lives: SQLite's locking is unreliable on network shares and in folders a
sync client (OneDrive, SharePoint, Dropbox…) rewrites behind its back. Detected where possible."""

from __future__ import annotations

import os
import sys
from pathlib import Path

_SYNCED = (
    ("onedrive", "OneDrive"),
    ("sharepoint", "SharePoint"),
    ("dropbox", "Dropbox"),
    ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"),
    ("my drive", "Google Drive"),
    ("icloud drive", "iCloud Drive"),
    ("iclouddrive", "iCloud Drive"),
    ("mobile documents", "iCloud Drive"),
    ("nextcloud", "Nextcloud"),
    ("owncloud", "ownCloud"),
    ("pcloud", "pCloud"),
    ("box sync", "Box"),
    ("syncthing", "Syncthing"),
)
_NETWORK_FS = {
    "nfs", "nfs4", "cifs", "smb", "smb3", "smbfs", "afs", "9p", "davfs", "fuse.sshfs", "fuse.rclone",
    "fuse.s3fs", "ceph", "glusterfs", "fuse.glusterfs", "lustre", "gpfs", "fuse.davfs2", "fuse.onedrive",
}  # fmt: skip


def _mount_type(path: Path, mounts: str = "/proc/mounts") -> str:
    try:
        lines = Path(mounts).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    best, fstype = "", ""
    text = str(path)
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        if (text == point or text.startswith(point.rstrip("/") + "/")) and len(point) >= len(best):
            best, fstype = point, parts[2]
    return fstype


def risky_location(path: Path, mounts: str = "/proc/mounts") -> str:
    """Why ``path`` is an unsafe place for a store, or "" when nothing is known against it."""
    raw = str(path)
    if raw.startswith(("\\\\", "//")):
        return "on a network share"
    resolved = Path(path).expanduser().absolute()
    for part in resolved.parts:
        lowered = part.casefold()
        for marker, service in _SYNCED:
            if lowered == marker or lowered.startswith(marker + " ") or lowered.startswith(marker + "-"):
                return f"in a folder synced by {service}"
    synced = os.environ.get("OneDrive")  # noqa: SIM112 - Windows names it so
    if synced and str(resolved).startswith(synced):
        return "in a folder synced by OneDrive"
    if sys.platform.startswith("linux"):
        fstype = _mount_type(resolved.parent if not resolved.exists() else resolved, mounts)
        if fstype in _NETWORK_FS:
            return f"on a network file system ({fstype})"
    return ""


def location_warning(path: Path) -> str:
    """One line for the user, or ""."""
    why = risky_location(path)
    if not why:
        return ""
    return (
        f"{path}: the store is {why}, where file locking is unreliable and the store can be damaged. "
        "Keep it on this computer's own disk; make copies with 'briefing backup'."
    )
