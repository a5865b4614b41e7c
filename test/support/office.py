#!/usr/bin/python3
"""LibreOffice for the tests: each conversion or edit starts its own instance, through UNO, with the jest
worker's kept profile (made once per worker, it recalculates every formula on load), so no start pays for
making a profile and no instance carries one test's state into the next. A listening instance shared by a
worker was tried: faster by about a second a file, but now and then pyuno died without a word when the
instance had gone bad under an earlier file.

Under jest, the run (FENJIE_TEST_RUN, set by globalSetup.js) and the worker (JEST_WORKER_ID) name the profile
(read from the environment the worker process was started with: jest gives each test file a copy of
process.env, which child processes do not see); elsewhere, and on a retry, a fresh profile is used.

usage: office.py convert xlsx|pdf|xls|ods|docx OUT_DIR FILE…   (what `soffice --convert-to` does)
"""
import os
import signal
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
    "docx": "MS Word 2007 XML",
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


def _start(pipe, profile):
    return subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
         "-env:UserInstallation=file://" + _profile(profile), "--accept=pipe,name=%s;urp;" % pipe],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
        # Its own process group, so close() can end soffice, oosplash and soffice.bin together.
        start_new_session=True,
    )


class Office:
    """The desktop of an instance of our own, ended on close(); with the worker's kept profile if asked."""

    def __init__(self, kept=True):
        run, worker = os.environ.get("FENJIE_TEST_RUN"), os.environ.get("JEST_WORKER_ID")
        if kept and run and worker:
            profile = os.path.join(tempfile.gettempdir(), "fenjie-lo-%s" % run, "worker-%s" % worker)
        else:
            profile = tempfile.mkdtemp(prefix="fenjie-uno-")
        pipe = "fenjie_%d" % os.getpid()
        self.desktop = None
        self.private = _start(pipe, profile)
        ctx = _resolve(pipe, 600)
        if ctx is None:
            self.close()
            raise RuntimeError("LibreOffice did not start")
        self.desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)

    def open(self, path):
        import uno

        # A web page opens in Writer (not Writer/Web), so it saves as a Word document as a person's would.
        props = (prop("Hidden", True),)
        if path.lower().endswith((".html", ".htm")):
            props += (prop("FilterName", "HTML (StarWriter)"),)
        return self.desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(path)), "_blank", 0, props)

    def close(self):
        # Asked to quit, LibreOffice leaves the kept profile unlocked for the next one; a signal to the whole
        # group (soffice, oosplash, soffice.bin) only if it does not.
        try:
            self.desktop.terminate()
        except Exception:
            pass
        try:
            self.private.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(self.private.pid, signal.SIGKILL)
            self.private.wait(20)


def with_office(work):
    """Runs work(office); if that fails, once more with a fresh profile, saying so."""
    try:
        office = Office()
        try:
            return work(office)
        finally:
            office.close()
    except Exception as e:
        sys.stderr.write("LibreOffice failed (%s); once more with a fresh profile\n" % e)
    office = Office(kept=False)
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
