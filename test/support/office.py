#!/usr/bin/python3
"""One LibreOffice per test worker, driven through UNO, instead of a cold start for every file.

Under jest, the run (FENJIE_TEST_RUN, set by globalSetup.js) and the worker (JEST_WORKER_ID) name the
instance: the first script of a worker that finds nothing listening on its pipe starts it (detached, so it
outlives the script) with its own profile, which recalculates every formula on load; later scripts connect in
a moment, and globalTeardown.js ends it. (Read from the environment the worker process was started with: jest
gives each test file a copy of process.env, which child processes do not see.) Elsewhere a private instance is
started and ended with the script.

usage: office.py convert xlsx|pdf|xls|ods OUT_DIR FILE…   (what `soffice --convert-to` does)
"""
import os
import re
import subprocess
import sys
import tempfile
import time

RECALC_ON_LOAD = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""

FILTERS = {
    "xlsx": "Calc MS Excel 2007 XML",
    "xls": "MS Excel 97",
    "ods": "calc8",
}


def prop(name, value):
    from com.sun.star.beans import PropertyValue

    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def _profile(folder):
    user = os.path.join(folder, "user")
    os.makedirs(user, exist_ok=True)
    settings = os.path.join(user, "registrymodifications.xcu")
    if not os.path.exists(settings):
        with open(settings, "w", encoding="utf-8") as f:
            f.write(RECALC_ON_LOAD)
    return folder


def _resolve(pipe, tries):
    import uno

    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(tries):
        try:
            return resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
        except Exception:
            time.sleep(0.1)
    return None


def _start(pipe, profile, detached):
    return subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
         "-env:UserInstallation=file://" + _profile(profile), "--accept=pipe,name=%s;urp;" % pipe],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
        start_new_session=detached,
    )


class Office:
    """The desktop of the worker's LibreOffice (started if needed), or of a private one ended on close()."""

    def __init__(self, shared=True):
        run, worker = os.environ.get("FENJIE_TEST_RUN"), os.environ.get("JEST_WORKER_ID")
        if not shared:
            run = None
        self.private = None
        if run and worker:
            pipe = re.sub(r"[^A-Za-z0-9_]", "_", "fenjie_%s_%s" % (run, worker))
            profile = os.path.join(tempfile.gettempdir(), "fenjie-lo-%s" % run, "worker-%s" % worker)
            ctx = _resolve(pipe, 1)
            if ctx is None:
                office = _start(pipe, profile, detached=True)
                with open(os.path.join(profile, "soffice.pid"), "w") as f:
                    f.write(str(office.pid))
                ctx = _resolve(pipe, 300)
            if ctx is None:
                # The worker's instance would not start (a profile left locked by a crash): one of our own.
                sys.stderr.write("shared LibreOffice did not start on %s; using a private one\n" % pipe)
                run = None
        if not (run and worker):
            pipe = "fenjie_%d" % os.getpid()
            self.private = _start(pipe, tempfile.mkdtemp(prefix="fenjie-uno-"), detached=False)
            ctx = _resolve(pipe, 600)
        if ctx is None:
            raise SystemExit("LibreOffice did not start")
        self.desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)

    def open(self, path):
        import uno

        return self.desktop.loadComponentFromURL(
            uno.systemPathToFileUrl(os.path.abspath(path)), "_blank", 0, (prop("Hidden", True),)
        )

    def close(self):
        if self.private is None:
            return
        self.private.terminate()
        try:
            self.private.wait(20)
        except subprocess.TimeoutExpired:
            self.private.kill()


def with_office(work):
    """Runs work(office) on the worker's instance; if that fails (the instance died under an earlier file),
    once more on a private one, saying so."""
    office = Office()
    try:
        return work(office)
    except Exception as e:
        sys.stderr.write("shared LibreOffice failed (%s); once more with a private one\n" % e)
    finally:
        office.close()
    office = Office(shared=False)
    try:
        return work(office)
    finally:
        office.close()


def convert(to, out_dir, files):
    os.makedirs(out_dir, exist_ok=True)
    with_office(lambda office: _convert(office, to, out_dir, files))


def _convert(office, to, out_dir, files):
    import uno

    for src in files:
        doc = office.open(src)
        if doc is None:
            raise RuntimeError("LibreOffice could not open %s" % src)
        try:
            if to == "pdf":
                text = doc.supportsService("com.sun.star.text.TextDocument")
                name = "writer_pdf_Export" if text else "calc_pdf_Export"
            else:
                name = FILTERS[to]
            base = os.path.splitext(os.path.basename(src))[0]
            dst = os.path.join(os.path.abspath(out_dir), "%s.%s" % (base, to))
            doc.storeToURL(uno.systemPathToFileUrl(dst), (prop("FilterName", name),))
        finally:
            doc.close(True)


if __name__ == "__main__":
    if len(sys.argv) < 5 or sys.argv[1] != "convert":
        raise SystemExit(__doc__)
    convert(sys.argv[2], sys.argv[3], sys.argv[4:])
