#!/usr/bin/env python3
"""The performance benchmark of creance (design.md "Performance budget", issue 6).

One run on this machine, side by side:

1. builds the shipped binary (`scripts/build-release.sh`: fat LTO, and profile-guided
   optimisation when llvm-profdata for rustc's LLVM is installed; `--no-pgo` for a plain
   `cargo build --release`) and uses it directly (`target/shipped/creance`);
2. generates the inputs: 200 realistic French B2B cases with 3-10 invoices (the two-page
   mise en demeure with its interest annex) and checks the page count of the letters;
3. `creance batch -j 1 --doc formal-notice --format json`: per-letter median and p95 of the
   `ms` fields (the first case of each run is left out as the warm-up) and the throughput from
   the summary's `seconds` (the whole command: set-up, every letter, manifest);
4. the peer: the `typst` PyPI package, ONE reused `typst.Compiler` compiling the same Typst
   source (`templates/` of the repo and creance's two-line main) with the same data (the
   `creance view` JSON of each case, written to `data.json` before each compile, outside the
   timing) and the same fonts (the embedded ones, system fonts ignored), exported as tagged
   PDF/A-2b as creance does. Only `Compiler.compile` is timed;
5. `creance batch -j 2` on the same cases, and, for comparison, two `-j 1` processes on the two
   halves at the same time plus a plain CPU-bound calibration (what this machine allows);
6. one `creance render` process per letter (cold, whole process wall time);
7. `creance check` over 10 000 generated cases in one process;
8. peak RSS of a `-j 1` batch of 200 letters against one of 2 000 (`os.wait4`), measured
   first, while this script is still small (a child's ru_maxrss starts at its parent's).

Diagnostics next to the targets tell the machine's limits from creance's: how many cores a
`-j 1` batch already keeps busy (Typst lays page runs out on its rayon pool), two `-j 1`
processes at once with and without `RAYON_NUM_THREADS=1`, and a CPU-bound calibration. (The
binary uses mimalloc since the RSS figures showed glibc's arena retention; the former
`MALLOC_ARENA_MAX=1` diagnostic has no effect on it and is gone.)

Rounds 3-5 are repeated (`--rounds`, interleaved so that a noisy neighbour hits every
configuration alike) and the median round is reported. The table goes to standard output in
Markdown, with the date, the machine and how busy it was. The script reports; it never fails on
a missed target (exit 0), only when it cannot run (exit 2).

Usage: scripts/bench.py [--quick] [--no-build | --bin PATH] [--no-pgo] [--rounds N] [--json FILE]
                       [--keep DIR]
Standard library only, plus the `typst` package (installed with pip when missing). The
poppler-utils tools (pdffonts, pdftotext, pdfinfo) are used for the peer's sanity checks when
present.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import importlib.metadata
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# Creance's per-document main source (src/render/world.rs, DocWorld::new), byte for byte.
MAIN_TYP = '#import "/templates/formal-notice.typ": render\n#render(json("/data.json"))\n'
DOC = "formal-notice"

TARGETS = {
    "median_ms": 25.0,  # batch, 1 thread, per letter: at most
    "peer_ratio": 1.25,  # creance 1-thread throughput / peer throughput: at least
    "threads_ratio": 1.7,  # 2 threads / 1 thread: at least
    "cold_ms": 60.0,  # one process per letter: at most
    "check_rate": 5000.0,  # cases per second: at least
    "rss_ratio": 1.3,  # RSS(big batch) / RSS(small batch): at most
}


def log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def die(msg: str) -> None:
    log(f"cannot run: {msg}")
    sys.exit(2)


# --------------------------------------------------------------------------------------------
# Small statistics and machine facts


def median(xs: list[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


def p95(xs: list[float]) -> float:
    """Nearest-rank 95th percentile."""
    if not xs:
        return float("nan")
    s = sorted(xs)
    k = max(0, min(len(s) - 1, -(-95 * len(s) // 100) - 1))
    return s[k]


def loadavg() -> tuple[float, float, float]:
    a, b, c = Path("/proc/loadavg").read_text().split()[:3]
    return float(a), float(b), float(c)


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown"


def busy_seconds() -> float:
    """CPU seconds spent by the whole machine (all processes), from /proc/stat."""
    fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(x) for x in fields[:8])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def own_seconds() -> float:
    """CPU seconds of this process and of its waited-for children."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


class OtherLoad:
    """Average number of cores used by *other* processes over an interval."""

    def __init__(self) -> None:
        self.t0, self.busy0, self.own0 = time.monotonic(), busy_seconds(), own_seconds()

    def cores(self) -> float:
        wall = time.monotonic() - self.t0
        other = (busy_seconds() - self.busy0) - (own_seconds() - self.own0)
        return max(0.0, other / wall) if wall > 0 else 0.0


# --------------------------------------------------------------------------------------------
# Running creance


@dataclass
class Proc:
    rc: int
    wall: float  # seconds
    maxrss_mib: float
    stderr: str
    cpu: float = 0.0  # user + system seconds


def spawn(cmd: list[str], stdout_path: Path | None, env: dict | None = None):
    out = open(stdout_path, "wb") if stdout_path else open(os.devnull, "wb")
    err = tempfile.TemporaryFile()
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=out, stderr=err, stdin=subprocess.DEVNULL, cwd=REPO,
                         env={**os.environ, **env} if env else None)
    return p, t0, out, err


def reap(handle) -> Proc:
    p, t0, out, err = handle
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    out.close()
    err.seek(0)
    text = err.read().decode("utf-8", "replace")
    err.close()
    # ru_maxrss is KiB. Caveat: Linux carries the high-water mark of the image that exec
    # replaced (here: this Python process) into the child's, so a child is only measured right
    # when this process is smaller than it; see own_hwm_mib() and measure_memory().
    return Proc(p.returncode, wall, usage.ru_maxrss / 1024.0, text,
                usage.ru_utime + usage.ru_stime)


def run(cmd: list[str], stdout_path: Path | None = None, env: dict | None = None) -> Proc:
    return reap(spawn(cmd, stdout_path, env))


def own_hwm_mib() -> float:
    """Peak RSS of this Python process (VmHWM), the floor under a child's ru_maxrss."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024.0
    return float("nan")


def run_ok(cmd: list[str], what: str, stdout_path: Path | None = None) -> Proc:
    r = run(cmd, stdout_path)
    if r.rc != 0:
        die(f"{what} failed (exit {r.rc}): {' '.join(map(str, cmd))}\n{r.stderr[-2000:]}")
    return r


@dataclass
class Batch:
    threads: int
    letters: int
    ms: list[float]  # per case, in output order
    seconds: float  # the summary's
    wall: float
    maxrss_mib: float
    out_dir: Path
    cpu: float = 0.0  # user + system seconds of the process

    @property
    def cores(self) -> float:
        """Average number of cores the process kept busy."""
        return self.cpu / self.wall
    @property
    def throughput(self) -> float:
        return self.letters / self.seconds

    @property
    def warm_ms(self) -> list[float]:
        # With one thread the output order is the processing order: drop the first case.
        return self.ms[1:] if self.threads == 1 else self.ms


def batch_cmd(binary: Path, inputs: list[Path], out: Path, threads: int) -> list[str]:
    return [str(binary), "batch", *map(str, inputs), "-o", str(out), "-j", str(threads),
            "--doc", DOC, "--format", "json"]


def parse_batch(jsonl: Path, proc: Proc, threads: int, out: Path) -> Batch:
    if proc.rc != 0:
        die(f"creance batch exited {proc.rc}:\n{proc.stderr[-2000:]}\n"
            f"{jsonl.read_text()[-2000:]}")
    ms, summary = [], None
    for line in jsonl.read_text().splitlines():
        obj = json.loads(line)
        if "summary" in obj:
            summary = obj["summary"]
        else:
            if obj.get("status") != "rendered":
                die(f"a case was not rendered: {line[:500]}")
            ms.append(float(obj["ms"]))
    if summary is None:
        die(f"no summary line in {jsonl}")
    return Batch(threads, int(summary["rendered"]), ms, float(summary["seconds"]), proc.wall,
                 proc.maxrss_mib, out, proc.cpu)


def run_batch(binary: Path, inputs: list[Path], work: Path, threads: int, tag: str,
              env: dict | None = None) -> Batch:
    out = work / f"out-{tag}"
    shutil.rmtree(out, ignore_errors=True)
    jsonl = work / f"{tag}.jsonl"
    proc = run(batch_cmd(binary, inputs, out, threads), jsonl, env)
    batch = parse_batch(jsonl, proc, threads, out)
    return batch


def run_halves(binary: Path, inputs: list[Path], work: Path, tag: str,
               env: dict | None = None) -> tuple[Batch, Batch]:
    """Two 1-thread batch processes on the two halves of the input, at the same time."""
    half = len(inputs) // 2
    parts = [inputs[:half], inputs[half:]]
    handles, outs = [], []
    for i, part in enumerate(parts):
        out = work / f"out-{tag}-{i}"
        shutil.rmtree(out, ignore_errors=True)
        jsonl = work / f"{tag}-{i}.jsonl"
        handles.append(spawn(batch_cmd(binary, part, out, 1), jsonl, env))
        outs.append((jsonl, out))
    procs = [reap(h) for h in handles]
    return tuple(parse_batch(j, p, 1, o) for p, (j, o) in zip(procs, outs))  # type: ignore


def page_counts(out_dir: Path) -> Counter:
    pages = Counter()
    for sidecar in out_dir.glob("*.pdf.json"):
        pages[json.loads(sidecar.read_text())["pages"]] += 1
    return pages


def sidecar_templates_version(out_dir: Path) -> str | None:
    for sidecar in out_dir.glob("*.pdf.json"):
        return json.loads(sidecar.read_text()).get("versions", {}).get("templates")
    return None


# --------------------------------------------------------------------------------------------
# The peer: typst-py


def import_typst(no_install: bool):
    try:
        import typst  # noqa: F401
    except ImportError:
        if no_install:
            die("the `typst` Python package is missing (pip install typst)")
        log("installing the `typst` Python package (pip install typst)")
        r = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "typst"])
        if r.returncode != 0:
            die("pip install typst failed")
    import typst

    return typst


def typst_py_versions() -> tuple[str, str]:
    """(typst-py version, version of the typst crate it embeds, from the wheel's SBOM)."""
    dist = importlib.metadata.distribution("typst")
    embedded = "unknown"
    for f in dist.files or []:
        if "sboms" in str(f) and str(f).endswith(".json"):
            try:
                sbom = json.loads(Path(dist.locate_file(f)).read_text())
                for c in sbom.get("components", []):
                    if c.get("name") == "typst":
                        embedded = c.get("version", "unknown")
            except (OSError, ValueError):
                pass
    return dist.version, embedded


def templates_fingerprint(root: Path) -> str:
    """Creance's template fingerprint (src/render/world.rs, Base::new) over a folder."""
    files = sorted((p.relative_to(root).as_posix(), p.read_bytes())
                   for p in root.rglob("*") if p.is_file())
    h = hashlib.sha256()
    for name, data in files:
        h.update(len(name.encode()).to_bytes(8, "little"))
        h.update(name.encode())
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


def case_timestamp(case: Path) -> dt.datetime:
    """The letter's date at noon UTC, as creance stamps its PDFs (src/render/pdf.rs)."""
    m = re.search(r"^date:\s*['\"]?(\d{4})-(\d{2})-(\d{2})", case.read_text(), re.M)
    if not m:
        return dt.datetime(2025, 1, 1, 12, tzinfo=dt.timezone.utc)
    y, mo, d = map(int, m.groups())
    return dt.datetime(y, mo, d, 12, tzinfo=dt.timezone.utc)


class Peer:
    """One reused typst.Compiler over a temporary root laid out like creance's virtual one."""

    def __init__(self, typst, root: Path, views: list[bytes], stamps: list[dt.datetime]):
        self.typst, self.root, self.views, self.stamps = typst, root, views, stamps
        shutil.copytree(REPO / "templates", root / "templates",
                        ignore=lambda _d, names: [n for n in names if n.startswith(".")])
        (root / "main.typ").write_text(MAIN_TYP)
        (root / "data.json").write_bytes(views[0])
        self.data = root / "data.json"
        self.compiler = typst.Compiler(str(root / "main.typ"), root=str(root),
                                       ignore_system_fonts=True)

    def compile(self, i: int) -> tuple[bytes, float]:
        # Written outside the timing. typst-py re-reads every file the document uses at each
        # compile and keeps its parsed form only when the bytes hash the same (see the README).
        self.data.write_bytes(self.views[i])
        t0 = time.perf_counter()
        pdf = self.compiler.compile(format="pdf", pdf_standards="a-2b", pdf_tags=True,
                                    timestamp=self.stamps[i])
        return pdf, (time.perf_counter() - t0) * 1000.0

    def run(self) -> tuple[list[float], list[bytes]]:
        ms, pdfs = [], []
        for i in range(len(self.views)):
            pdf, t = self.compile(i)
            ms.append(t)
            pdfs.append(pdf)
        return ms, pdfs


def tool(*cmd: str) -> str | None:
    if not shutil.which(cmd[0]):
        return None
    r = subprocess.run(cmd, capture_output=True, text=True)
    return r.stdout if r.returncode == 0 else None


def pdf_fonts(pdf: Path) -> set[str] | None:
    out = tool("pdffonts", str(pdf))
    if out is None:
        return None
    names = set()
    for line in out.splitlines()[2:]:
        if line.strip():
            names.add(line.split()[0].split("+", 1)[-1])
    return names


def pdf_text(pdf: Path) -> str | None:
    out = tool("pdftotext", "-layout", str(pdf), "-")
    return None if out is None else " ".join(out.split())


def pdf_pages(pdf: Path) -> int | None:
    out = tool("pdfinfo", str(pdf))
    m = re.search(r"^Pages:\s+(\d+)", out or "", re.M)
    return int(m.group(1)) if m else None


def pdfa_part(data: bytes) -> str | None:
    m = re.search(rb"pdfaid:part(?:>|=\")(\d)", data)
    c = re.search(rb"pdfaid:conformance(?:>|=\")([ABUabu])", data)
    return (m.group(1).decode() + (c.group(1).decode().lower() if c else "")) if m else None


def is_tagged(data: bytes) -> bool:
    return b"/StructTreeRoot" in data or b"/MarkInfo" in data


# --------------------------------------------------------------------------------------------
# Calibration: what parallelism this machine gives a CPU-bound process right now


CPU_LOOP = "s=0\nfor i in range({n}): s+=i*i\n"


def calibrate(n: int) -> float:
    """Speed-up of 2 concurrent CPU-bound processes over 1 (2.0 = two free cores)."""
    cmd = [sys.executable, "-c", CPU_LOOP.format(n=n)]
    one = run(cmd).wall
    handles = [spawn(cmd, None) for _ in range(2)]
    t0 = time.perf_counter()
    for h in handles:
        reap(h)
    two = time.perf_counter() - t0
    return 2 * one / two


# --------------------------------------------------------------------------------------------
# Output


def verdict(value: float, target: float, at_most: bool) -> str:
    ratio = value / target
    ok = value <= target if at_most else value >= target
    if ok:
        return f"{ratio:.2f}× the target: meets"
    if at_most:
        return f"{ratio:.2f}× the target: **misses** ({(ratio - 1) * 100:.0f} % over)"
    return f"{ratio:.2f}× the target: **misses** ({(1 - ratio) * 100:.0f} % short)"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true",
                    help="small counts, one round: for developing the script (figures are rough)")
    ap.add_argument("--no-build", action="store_true",
                    help="use the existing shipped binary (target/shipped/creance) instead of "
                    "building it")
    ap.add_argument("--no-pgo", action="store_true",
                    help="build without profile-guided optimisation (scripts/build-release.sh "
                    "--no-pgo)")
    ap.add_argument("--bin", type=Path, help="measure this creance binary (implies --no-build)")
    ap.add_argument("--no-install", action="store_true",
                    help="do not pip install the typst package when it is missing")
    ap.add_argument("--rounds", type=int, help="repetitions of the batch/peer rounds (default 3)")
    ap.add_argument("--json", type=Path, help="also write every figure to this JSON file")
    ap.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a "
                    "temporary folder, removed at the end)")
    args = ap.parse_args()

    n_letters = 40 if args.quick else 200
    n_big = 400 if args.quick else 2000
    n_cold = 10 if args.quick else 50
    n_check = 2000 if args.quick else 10_000
    rounds = args.rounds or (1 if args.quick else 3)
    calib_n = 3_000_000 if args.quick else 10_000_000

    started = time.monotonic()
    facts: dict = {
        "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "nproc": len(os.sched_getaffinity(0)),  # what `nproc` prints
        "cpu": cpu_model(),
        "load_before_build": loadavg(),
        "quick": args.quick,
    }
    commit = tool("git", "-C", str(REPO), "rev-parse", "--short", "HEAD")
    dirty = tool("git", "-C", str(REPO), "status", "--porcelain", "--untracked-files=no")
    facts["commit"] = (commit or "?").strip() + (" + uncommitted changes" if dirty else "")
    facts["rustc"] = (tool("rustc", "--version") or "?").strip()

    # 1. Build -------------------------------------------------------------------------------
    target_dir = Path(os.environ.get("CARGO_TARGET_DIR") or REPO / "target")
    if not target_dir.is_absolute():
        target_dir = REPO / target_dir
    binary = args.bin.resolve() if args.bin else target_dir / "shipped" / "creance"
    if not args.no_build and not args.bin:
        log("scripts/build-release.sh (fat LTO, PGO: tens of minutes on a cold cache)")
        t0 = time.monotonic()
        cmd = [str(REPO / "scripts" / "build-release.sh")] + (["--no-pgo"] if args.no_pgo else [])
        r = subprocess.run(cmd, cwd=REPO, stdout=subprocess.DEVNULL)
        if r.returncode != 0:
            die("scripts/build-release.sh failed")
        facts["build_s"] = round(time.monotonic() - t0, 1)
    if not binary.exists():
        die(f"no shipped binary at {binary} (scripts/build-release.sh builds it)")
    # How the binary was built (build-release.sh writes it next to the binary).
    how = binary.with_name(binary.name + ".build")
    facts["build_kind"] = how.read_text().strip() if how.exists() else "unknown (not built by build-release.sh)"

    work = args.keep or Path(tempfile.mkdtemp(prefix="creance-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    facts["load_before_measuring"] = loadavg()
    # The load average right after a build counts the build itself: sample what *other*
    # processes use for a few seconds instead, then again over the whole measurement.
    quiet = OtherLoad()
    time.sleep(5)
    facts["other_cores_before"] = round(quiet.cores(), 2)
    other = OtherLoad()
    try:
        results = measure(binary, args.no_install, work, facts, n_letters, n_big, n_cold,
                          n_check, rounds, calib_n)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    facts["other_cores_during"] = round(other.cores(), 2)
    facts["load_after"] = loadavg()
    facts["measure_minutes"] = round((time.monotonic() - started - facts.get("build_s", 0)) / 60, 1)

    print_table(facts, results)
    if args.json:
        args.json.write_text(json.dumps({"machine": facts, "results": results}, indent=2,
                                        ensure_ascii=False) + "\n")
    return 0


def measure(binary, no_install: bool, work: Path, facts, n_letters, n_big, n_cold, n_check,
            rounds, calib_n) -> dict:
    res: dict = {}
    gen = [str(binary), "generate", "--seed", "42", "--min-invoices", "3", "--max-invoices",
           "10", "--b2b-only"]

    # 2. Inputs ------------------------------------------------------------------------------
    log(f"generating {n_letters} + {n_big} B2B cases and {n_check} cases for check")
    run_ok(gen + ["-n", str(n_letters), "-o", str(work / "in")], "generate")
    run_ok(gen + ["-n", str(n_big), "-o", str(work / "in-big")], "generate")
    run_ok([str(binary), "generate", "-n", str(n_check), "--seed", "43", "-o",
            str(work / "in-check")], "generate")
    cases = sorted((work / "in").glob("*.yaml"))
    big = sorted((work / "in-big").glob("*.yaml"))
    checks = sorted((work / "in-check").glob("*.yaml"))
    if len(cases) != n_letters or len(big) != n_big or len(checks) != n_check:
        die("the generator wrote an unexpected number of files")

    # 8. Memory, first: ru_maxrss of a child is at least this process's own peak RSS (Linux
    # carries the replaced image's high-water mark through exec), so the children are measured
    # while this process is still small: before the typst module (≈ 80 MiB) is loaded.
    res["rss"] = measure_memory(binary, cases, big, work)

    typst = import_typst(no_install)
    facts["typst_py"], facts["typst_py_embeds"] = typst_py_versions()

    # The peer's data: every view model, precomputed.
    log(f"creance view × {n_letters} (the peer's data.json, precomputed)")
    views = []
    for case in cases:
        r = subprocess.run([str(binary), "view", str(case), "--doc", DOC], capture_output=True)
        if r.returncode != 0:
            die(f"creance view {case} failed: {r.stderr.decode()[-1000:]}")
        views.append(r.stdout)
    stamps = [case_timestamp(c) for c in cases]
    peer = Peer(typst, work / "peer", views, stamps)
    peer_fp = templates_fingerprint(work / "peer" / "templates")

    # 3-5. Interleaved rounds --------------------------------------------------------------
    j1: list[Batch] = []
    j2: list[Batch] = []
    halves: list[tuple[Batch, Batch]] = []
    halves_r1: list[tuple[Batch, Batch]] = []
    peer_runs: list[list[float]] = []
    peer_pdfs: list[bytes] = []
    calib: list[float] = []
    for r in range(rounds):
        log(f"round {r + 1}/{rounds}: batch -j1, peer, batch -j2, two -j1 halves (twice), "
            "calibration")
        j1.append(run_batch(binary, cases, work, 1, f"j1-{r}"))
        ms, pdfs = peer.run()
        peer_runs.append(ms)
        if r == 0:
            peer_pdfs = pdfs
        j2.append(run_batch(binary, cases, work, 2, f"j2-{r}"))
        halves.append(run_halves(binary, cases, work, f"halves-{r}"))
        halves_r1.append(run_halves(binary, cases, work, f"halves-r1-{r}", RAYON_1))
        calib.append(calibrate(calib_n))

    def mid(runs, key):
        """The run whose key is the median (odd counts) or the lower middle one."""
        return sorted(runs, key=key)[(len(runs) - 1) // 2]

    b1 = mid(j1, lambda b: b.throughput)
    b2 = mid(j2, lambda b: b.throughput)
    pages = page_counts(j1[0].out_dir)
    res["pages"] = {str(k): v for k, v in sorted(pages.items())}
    res["templates_match_binary"] = sidecar_templates_version(j1[0].out_dir) == peer_fp

    all_warm = [x for b in j1 for x in b.warm_ms]
    res["j1"] = {
        "letters": b1.letters, "rounds": rounds,
        "median_ms": median(all_warm), "p95_ms": p95(all_warm),
        "first_case_ms": median([b.ms[0] for b in j1]),
        "throughput": b1.throughput, "throughputs": [b.throughput for b in j1],
        "seconds": b1.seconds, "cores": median([b.cores for b in j1]),
    }
    all_j2 = [x for b in j2 for x in b.ms]
    res["j2"] = {
        "throughput": b2.throughput, "throughputs": [b.throughput for b in j2],
        "median_ms": median(all_j2), "ratio": b2.throughput / b1.throughput,
        "cores": median([b.cores for b in j2]),
    }
    # Each round's ratio against the same round's 1-thread run, then the median of those.
    halves_ratios = [len(cases) / max(a.seconds, b.seconds) / one.throughput
                     for (a, b), one in zip(halves, j1)]
    res["halves"] = {
        "ratio": median(halves_ratios), "ratios": halves_ratios,
        "median_ms": median([x for a, b in halves for x in a.warm_ms + b.warm_ms]),
    }
    r1_ratios = [len(cases) / max(a.seconds, b.seconds) / one.throughput
                 for (a, b), one in zip(halves_r1, j1)]
    res["halves_rayon1"] = {
        "ratio": median(r1_ratios), "ratios": r1_ratios,
        "median_ms": median([x for a, b in halves_r1 for x in a.warm_ms + b.warm_ms]),
    }
    res["calibration"] = {"speedup": median(calib), "speedups": calib}

    peer_thr = [len(ms) / (sum(ms) / 1000.0) for ms in peer_runs]
    peer_warm = [x for ms in peer_runs for x in ms[1:]]
    res["peer"] = {
        "typst_py": facts["typst_py"], "embeds_typst": facts["typst_py_embeds"],
        "median_ms": median(peer_warm), "p95_ms": p95(peer_warm),
        "throughput": median(peer_thr), "throughputs": peer_thr,
    }
    res["peer_ratio"] = {
        "ratio": median([b.throughput / t for b, t in zip(j1, peer_thr)]),
        "ratios": [b.throughput / t for b, t in zip(j1, peer_thr)],
    }
    res["peer_checks"] = peer_checks(peer, peer_pdfs, cases, j1[0].out_dir)

    # 6. One process per letter --------------------------------------------------------------
    log(f"creance render × {n_cold}, one process each")
    cold_out = work / "out-cold"
    render = [str(binary), "render", "--doc", DOC, "-o", str(cold_out), "--quiet"]
    run_ok(render + [str(cases[0])], "render")  # page cache: the binary's first load from disk
    cold = [run_ok(render + [str(c)], "render").wall * 1000.0 for c in cases[:n_cold]]
    res["cold"] = {"n": n_cold, "median_ms": median(cold), "p95_ms": p95(cold)}

    # 7. check -------------------------------------------------------------------------------
    log(f"creance check over {n_check} cases, 3 runs")
    check_runs = []
    for _ in range(3):
        check_runs.append(run_check(binary, checks, work))
    walls = [w for w, _ in check_runs]
    res["check"] = {"n": n_check, "rate": n_check / median(walls),
                    "rates": [n_check / w for w in walls],
                    "findings_lines": check_runs[0][1]}

    return res


# Typst lays the page runs of a document out on rayon's global pool; one thread there makes
# each process single-threaded (the proxy for a per-worker one-thread pool).
RAYON_1 = {"RAYON_NUM_THREADS": "1"}


def measure_memory(binary: Path, small: list[Path], big: list[Path], work: Path) -> dict:
    log(f"peak RSS: batch -j1 of {len(small)} and of {len(big)} letters")
    floor = own_hwm_mib()
    s = run_batch(binary, small, work, 1, "mem-small")
    b = run_batch(binary, big, work, 1, "mem-big")
    pages = page_counts(b.out_dir)
    for x in (s, b):
        shutil.rmtree(x.out_dir, ignore_errors=True)
    if s.maxrss_mib < floor * 1.2:
        log(f"warning: this process's own peak RSS ({floor:.0f} MiB) is close to the "
            "children's: the RSS figures may be floors, not measurements")
    return {"small_n": len(small), "small_mib": s.maxrss_mib, "big_n": len(big),
            "big_mib": b.maxrss_mib, "ratio": b.maxrss_mib / s.maxrss_mib,
            "python_floor_mib": floor, "big_median_ms": median(b.warm_ms),
            "big_pages": {str(k): v for k, v in sorted(pages.items())}}


def run_check(binary: Path, files: list[Path], work: Path) -> tuple[float, int]:
    """(wall seconds, lines printed) of one check process over all files (chunked only if the
    argument list is too long, then the chunks' times are added)."""
    out = work / "check.jsonl"
    chunks = [files]
    while True:
        try:
            wall, lines = 0.0, 0
            for chunk in chunks:
                r = run([str(binary), "check", "--quiet", "--format", "json", *map(str, chunk)],
                        out)
                if r.rc not in (0, 1):
                    die(f"creance check exited {r.rc}: {r.stderr[-1000:]}")
                wall += r.wall
                lines += len(out.read_text().splitlines())
            return wall, lines
        except OSError as e:  # E2BIG
            if len(chunks[0]) < 100:
                raise
            log(f"argument list too long ({e}); splitting into {len(chunks) * 2} processes")
            size = -(-len(files) // (len(chunks) * 2))
            chunks = [files[i:i + size] for i in range(0, len(files), size)]


def peer_checks(peer: Peer, pdfs: list[bytes], cases: list[Path], creance_out: Path) -> dict:
    """Evidence that the peer compiled what creance compiled, with the same fonts."""
    checks: dict = {}
    checks["distinct_pdfs"] = len({hashlib.sha256(p).digest() for p in pdfs})
    checks["n"] = len(pdfs)
    sample = sorted({0, 1, len(pdfs) // 2, len(pdfs) - 1})
    peer_dir = peer.root / "pdf"
    peer_dir.mkdir(exist_ok=True)
    same_text, same_pages, own_ref, compared = 0, 0, 0, 0
    fonts_peer: set[str] = set()
    fonts_creance: set[str] = set()
    for i in sample:
        mine = peer_dir / f"{i}.pdf"
        mine.write_bytes(pdfs[i])
        ref = json.loads(peer.views[i])["reference"]
        theirs = next(creance_out.glob(f"{ref}-{DOC}.pdf"), None)
        t_peer = pdf_text(mine)
        if t_peer is None or theirs is None:
            continue
        compared += 1
        own_ref += ref in t_peer
        same_text += t_peer == pdf_text(theirs)
        same_pages += pdf_pages(mine) == pdf_pages(theirs)
        fonts_peer |= pdf_fonts(mine) or set()
        fonts_creance |= pdf_fonts(theirs) or set()
    checks.update({
        "compared": compared, "same_text": same_text, "same_pages": same_pages,
        "own_reference_in_text": own_ref,
        "fonts_peer": sorted(fonts_peer), "fonts_creance": sorted(fonts_creance),
        "pdfa_peer": pdfa_part(pdfs[0]),
        "pdfa_creance": pdfa_part(next(creance_out.glob("*.pdf")).read_bytes()),
        "tagged_peer": is_tagged(pdfs[0]),
    })
    return checks


def print_table(facts: dict, r: dict) -> None:
    T = TARGETS
    j1, j2, peer, cold, chk, rss = r["j1"], r["j2"], r["peer"], r["cold"], r["check"], r["rss"]
    pc = r["peer_checks"]
    la = facts["load_before_measuring"]
    busy = max(facts["other_cores_before"], facts["other_cores_during"]) > 0.2
    rows = [
        (f"batch `-j 1`: median per letter ({j1['letters']} letters × {j1['rounds']} runs, "
         f"first case of each run left out)", f"{j1['median_ms']:.1f} ms", f"≤ {T['median_ms']:g} ms",
         verdict(j1["median_ms"], T["median_ms"], True)),
        ("batch `-j 1`: p95 per letter", f"{j1['p95_ms']:.1f} ms", "reported", ""),
        ("batch `-j 1`: first case (warm-up)", f"{j1['first_case_ms']:.1f} ms", "", ""),
        ("batch `-j 1`: throughput (summary seconds, median run)",
         f"{j1['throughput']:.1f} letters/s", "", ""),
        ("batch `-j 1`: cores kept busy (CPU time / wall time; Typst's own rayon pool)",
         f"{j1['cores']:.2f}", "", f"ceiling for `-j 2` on {facts['nproc']} cores: "
         f"{facts['nproc'] / j1['cores']:.2f}×"),
        (f"peer: typst-py {peer['typst_py']} (Typst {peer['embeds_typst']}), one `Compiler`, "
         "compile + PDF/A-2b export: median per letter", f"{peer['median_ms']:.1f} ms", "", ""),
        ("peer: throughput (sum of compile times, median run)",
         f"{peer['throughput']:.1f} letters/s", "", ""),
        ("creance `-j 1` / peer throughput", f"{r['peer_ratio']['ratio']:.2f}×",
         f"≥ {T['peer_ratio']:g}×", verdict(r["peer_ratio"]["ratio"], T["peer_ratio"], False)),
        ("batch `-j 2`: throughput (median run)", f"{j2['throughput']:.1f} letters/s", "", ""),
        ("batch `-j 2` / `-j 1` throughput", f"{j2['ratio']:.2f}×", f"≥ {T['threads_ratio']:g}×",
         verdict(j2["ratio"], T["threads_ratio"], False)),
        ("batch `-j 2`: median per letter (per worker)", f"{j2['median_ms']:.1f} ms", "",
         f"cores kept busy {j2['cores']:.2f}"),
        ("two `-j 1` processes on the halves at once / `-j 1`", f"{r['halves']['ratio']:.2f}×",
         "(machine limit)", f"per letter {r['halves']['median_ms']:.1f} ms"),
        ("the same with `RAYON_NUM_THREADS=1` (each process single-threaded) / `-j 1`",
         f"{r['halves_rayon1']['ratio']:.2f}×", "(diagnostic)",
         f"per letter {r['halves_rayon1']['median_ms']:.1f} ms"),
        ("calibration: 2 CPU-bound processes at once / 1", f"{r['calibration']['speedup']:.2f}×",
         "(2.00× = two free cores)", ""),
        (f"`creance render`, one process per letter: median (n={cold['n']})",
         f"{cold['median_ms']:.1f} ms", f"≤ {T['cold_ms']:g} ms",
         verdict(cold["median_ms"], T["cold_ms"], True)),
        ("`creance render`, one process per letter: p95", f"{cold['p95_ms']:.1f} ms", "", ""),
        (f"`creance check`, {chk['n']} cases, one process (median of 3)",
         f"{chk['rate']:,.0f} cases/s", f"≥ {T['check_rate']:,.0f}/s",
         verdict(chk["rate"], T["check_rate"], False)),
        (f"peak RSS, batch `-j 1` of {rss['small_n']} letters", f"{rss['small_mib']:.1f} MiB", "",
         f"(this script's own peak then: {rss['python_floor_mib']:.0f} MiB)"),
        (f"peak RSS, batch `-j 1` of {rss['big_n']} letters", f"{rss['big_mib']:.1f} MiB", "",
         f"{rss['big_median_ms']:.1f} ms/letter median"),
        (f"RSS({rss['big_n']}) / RSS({rss['small_n']})", f"{rss['ratio']:.2f}×",
         f"≤ {T['rss_ratio']:g}×", verdict(rss["ratio"], T["rss_ratio"], True)),
    ]
    print(f"creance benchmark — {facts['date']}{' (--quick: rough figures)' if facts['quick'] else ''}")
    print()
    print(f"- machine: {facts['nproc']} × {facts['cpu']}; {facts['rustc']}; commit {facts['commit']}")
    print(f"- binary: {facts['build_kind']}")
    print(f"- load: average {facts['load_before_build'][0]:.2f} before the build, "
          f"{la[0]:.2f} / {la[1]:.2f} / {la[2]:.2f} after it (1/5/15 min, the build included); "
          f"other processes used {facts['other_cores_before']:.2f} cores in the 5 s before "
          f"measuring and {facts['other_cores_during']:.2f} on average while measuring "
          "(from /proc/stat less this run's own CPU time) — "
          + ("**the machine was busy: the figures are pessimistic**" if busy
             else "otherwise idle"))
    if "build_s" in facts:
        built = (f"{facts['build_s']:.0f} s" if facts["build_s"] >= 5
                 else "already up to date")
        print(f"- `cargo build --release --locked`: {built}; measuring: "
              f"{facts['measure_minutes']} min")
    print(f"- letters: generated French B2B formal notices, 3–10 invoices; pages "
          + ", ".join(f"{k}: {v}" for k, v in r["pages"].items())
          + f" (of {sum(r['pages'].values())}); in the {r['rss']['big_n']}-letter batch "
          + ", ".join(f"{k}: {v}" for k, v in r["rss"]["big_pages"].items()))
    print(f"- peer: distinct PDFs {pc['distinct_pdfs']}/{pc['n']}; same text as creance's "
          f"letter {pc['same_text']}/{pc['compared']}, same page count {pc['same_pages']}/"
          f"{pc['compared']}; fonts {', '.join(pc['fonts_peer']) or '?'} (creance: "
          f"{', '.join(pc['fonts_creance']) or '?'}); PDF/A {pc['pdfa_peer']} (creance "
          f"{pc['pdfa_creance']}); templates identical to the binary's: "
          f"{'yes' if r['templates_match_binary'] else 'NO'}")
    print()
    print("| measure | value | target | ratio / verdict |")
    print("|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    sys.stdout.flush()


if __name__ == "__main__":
    sys.exit(main())
