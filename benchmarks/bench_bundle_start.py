"""Start-up of the standalone build: from starting `orgeditor FILE` to a usable window.

    python benchmarks/bench_bundle_start.py [--bundle dist/orgeditor] [--runs 5]
                                            [--cold] [--xvfb] [--source]

Each run is a fresh process of the bundle's `orgeditor` opening a small chart (written first
with the bundle's `orgeditor new`). The window says when it is usable through
ORGEDITOR_READY_FILE (ui/app.py: after the first window's first expose, when it has painted,
and the events queued behind it) and quits at once (ORGEDITOR_QUIT_AFTER_MS=0). Timed: from
just before the process starts to that moment (wall clock; a shared machine varies).

--cold drops the page cache before every run (`sync; echo 3 > /proc/sys/vm/drop_caches`, as
root), so every file of the bundle is read from disk as after a reboot; without it the first
run is the only cold one. --xvfb shows the window on a virtual X screen (Xvfb, the xcb
platform, as on a desktop) instead of offscreen. --source times the same start from this
checkout's Python (`python -m orgeditor`) for comparison. Also prints the bundle's size.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from support.bundle_env import bundle_env  # noqa: E402


def drop_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError:
        return False
    return True


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def start_xvfb() -> tuple[subprocess.Popen, str]:
    display = 300 + os.getpid() % 500
    while Path(f"/tmp/.X11-unix/X{display}").exists():
        display += 1
    server = subprocess.Popen(
        ["Xvfb", f":{display}", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        if Path(f"/tmp/.X11-unix/X{display}").exists():
            break
        time.sleep(0.05)
    return server, f":{display}"


def time_start(command: list[str], env: dict[str, str], ready: Path) -> float:
    ready.unlink(missing_ok=True)
    started = time.time()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    if done.returncode != 0 or not ready.is_file():
        raise SystemExit(f"{command[0]} failed ({done.returncode}): {done.stderr[-2000:]}")
    return float(ready.read_text().strip()) - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "orgeditor")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cold", action="store_true", help="drop the page cache before each run")
    parser.add_argument("--xvfb", action="store_true", help="a virtual X screen, not offscreen")
    parser.add_argument("--source", action="store_true", help="also time python -m orgeditor")
    args = parser.parse_args()
    program = args.bundle / "orgeditor"
    if not program.is_file():
        raise SystemExit(f"no bundle at {args.bundle}: run packaging/build.sh first")

    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as folder:
        home = Path(folder)
        env = bundle_env(
            home, ORGEDITOR_READY_FILE=str(home / "ready"), ORGEDITOR_QUIT_AFTER_MS="0"
        )
        chart = home / "start.orgchart"
        subprocess.run([str(program), "new", "--model", "pod", "-o", str(chart)], check=True,
                       env=env, capture_output=True, timeout=120)  # fmt: skip
        server = None
        if args.xvfb:
            if shutil.which("Xvfb") is None:
                raise SystemExit("Xvfb is missing (apt-get install xvfb)")
            server, display = start_xvfb()
            env |= {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        else:
            env["QT_QPA_PLATFORM"] = "offscreen"
        commands = {"bundle": [str(program), str(chart)]}
        if args.source:
            commands["source"] = [sys.executable, "-m", "orgeditor", str(chart)]
        try:
            for name, command in commands.items():
                run_env = dict(env)
                if name == "source":
                    run_env["PYTHONPATH"] = str(ROOT)
                times = []
                for _ in range(args.runs):
                    cold = args.cold and drop_caches()
                    if args.cold and not cold:
                        print(
                            "cannot drop the page cache (not root?): runs after the first are warm"
                        )
                    times.append(time_start(command, run_env, home / "ready"))
                label = "cold (page cache dropped)" if args.cold else "first run, then warm"
                print(f"{name}: start to usable window, {label}: "
                      + ", ".join(f"{t:.2f}" for t in times)
                      + f" s; median {statistics.median(times):.2f} s")  # fmt: skip
        finally:
            if server is not None:
                server.terminate()
                server.wait(timeout=10)
    tarballs = sorted(args.bundle.parent.glob("orgeditor-*.tar.gz"))
    print(f"bundle {args.bundle}: {folder_size(args.bundle) / 2**20:.0f} MiB")
    for tarball in tarballs:
        print(f"tarball {tarball.name}: {tarball.stat().st_size / 2**20:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
