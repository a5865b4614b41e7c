import {
  Body1,
  Button,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { isPlanError } from '../../core';
import { describeError, fill } from '../../locales';
import { FileHost } from '../../xlsx/fileHost';
import { App } from '../components/App';
import { useMessages } from '../i18n';
import { pickWithHandle, saveAs, saveBytes, type Handle } from './fileAccess';
import { SheetView } from './SheetView';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minHeight: '100vh', boxSizing: 'border-box' },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  name: { flexGrow: 1, minWidth: '8em', overflowWrap: 'anywhere' },
  intro: { margin: tokens.spacingHorizontalL },
  message: { margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} 0` },
  hidden: { display: 'none' },
});

/** Bigger than this, a workbook is no plan a page should hold (the report limits say the same of reports). */
const MAX_BYTES = 30 * 1024 * 1024;
/** How often a kept file is looked at for a save made in WPS. */
const WATCH_MS = 1500;

type Notice = {
  intent: 'success' | 'warning' | 'error' | 'info';
  text: string;
  reload?: boolean;
  /** A save found the file changed on disk: writing over it is the planner's choice, never the default. */
  overwrite?: boolean;
};

/**
 * The pane as a workbench over workbook files, for WPS and 信创 machines and any browser: open a plan
 * workbook (or start a new one), the same tabs as in Excel beside a read-only view of the sheet, 保存 back to
 * the same file where the browser allows it (else a download under its name), 另存为, and the file read again
 * when it is saved elsewhere. The file on disk changes only on 保存; a refused save keeps the work in the page.
 */
export const Workbench = ({ officeJsMissing }: { officeJsMissing?: string }) => {
  const styles = useStyles();
  const { m, locale } = useMessages();
  const w = m.pane.workbench;
  const [host, setHost] = useState<FileHost>();
  // The sheet view reads cells through this alone: one function per open file, so its memo holds.
  const cellsOf = useMemo(() => (host ? (name: string) => host.cellsOf(name) : () => undefined), [host]);
  const [name, setName] = useState('');
  const [handle, setHandle] = useState<Handle>();
  const [notice, setNotice] = useState<Notice>();
  const [version, setVersion] = useState(0);
  const [selected, setSelected] = useState<{ sheet: string; cell: string }>();
  const input = useRef<HTMLInputElement>(null);
  const seen = useRef(0);
  // The handle being watched now: a check of a file no longer open is dropped when it comes back.
  const watching = useRef<Handle>();
  // A workbook made here has no original: its first 保存 is 另存为, and a download replaces nothing.
  const [fresh, setFresh] = useState(false);
  // The disk's change already told (with unsaved work here): not said again every second.
  const warned = useRef(0);
  // 打开 or 新建 over unsaved work asks once: the second click is the planner's say-so.
  const [asked, setAsked] = useState<'open' | 'new'>();
  const unsavedFirst = (action: 'open' | 'new') => {
    if (!host?.dirty || asked === action) {
      setAsked(undefined);
      return false;
    }
    setAsked(action);
    setNotice({
      intent: 'warning',
      text: fill(w.unsavedFirst, { file: name, action: action === 'open' ? w.open : w.new }),
    });
    return true;
  };
  // Closing the tab or the browser over unsaved work: the browser's own question.
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (host?.dirty) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [host]);

  const say = (e: unknown, path: string) =>
    setNotice({
      intent: 'error',
      text: isPlanError(e)
        ? describeError({ code: e.code, params: { path, ...e.params } }, locale, 'pane')
        : fill(w.failed, { message: e instanceof Error ? e.message : String(e) }),
    });

  const take = useCallback((next: FileHost, fileName: string, nextHandle?: Handle, modified = 0) => {
    next.whenSelected((sheet, cell) => setSelected({ sheet, cell }));
    // After the next piece of work, “已打开” or “已保存” no longer says where things stand.
    next.watch(() => {
      setVersion((v) => v + 1);
      setNotice((n) => (n && (n.intent === 'success' || n.intent === 'info') ? undefined : n));
    });
    seen.current = modified;
    watching.current = nextHandle;
    setHost(next);
    setName(fileName);
    setHandle(nextHandle);
    setSelected(undefined);
  }, []);

  const open = async (file: File, fileHandle?: Handle) => {
    if (file.size > MAX_BYTES)
      return setNotice({
        intent: 'error',
        text: fill(w.tooLarge, { file: file.name, size: Math.round(file.size / 1024 / 1024), max: 30 }),
      });
    // The file open until now is no longer watched: no late 已重新读取 of it over the new one.
    const before = watching.current;
    watching.current = undefined;
    setHandle(undefined);
    setNotice({ intent: 'info', text: fill(w.opening, { file: file.name }) });
    // Let the page say so before the work (a large workbook takes seconds to read).
    await new Promise((r) => setTimeout(r, 0));
    try {
      const next = await FileHost.open(new Uint8Array(await file.arrayBuffer()), file.name, m.sheet);
      take(next, file.name, fileHandle, file.lastModified);
      setFresh(false);
      setNotice({ intent: 'success', text: fill(w.opened, { file: file.name }) });
    } catch (e) {
      // The workbook open before stays, watched and saved back as before.
      watching.current = before;
      setHandle(before);
      say(e, file.name);
    }
  };

  const chooseFile = async () => {
    if (unsavedFirst('open')) return;
    try {
      const picked = await pickWithHandle();
      if (picked === undefined) input.current?.click();
      else if (picked) await open(picked.file, picked.handle);
    } catch (e) {
      say(e, '');
    }
  };

  const save = async (as = false, overwrite = false) => {
    if (!host) return;
    if (fresh) as = true;
    try {
      // Saved elsewhere (WPS) since this page read it: the disk's edit is kept unless the planner says so.
      if (!as && !overwrite && handle) {
        const onDisk = await handle.getFile();
        if (onDisk.lastModified !== seen.current)
          return setNotice({
            intent: 'warning',
            text: fill(w.saveConflict, { file: onDisk.name }),
            reload: true,
            overwrite: true,
          });
      }
      const bytes = await host.bytes();
      if (as) {
        const done = await saveAs(bytes, name || w.defaultName);
        if (!done) return;
        if (done.handle) {
          setHandle(done.handle);
          setName(done.handle.name);
          seen.current = (await done.handle.getFile()).lastModified;
        }
        host.saved();
        setFresh(false);
        setNotice({
          intent: 'success',
          text: fill(done.how === 'file' ? w.saved : fresh ? w.downloadedNew : w.downloaded, {
            file: done.handle?.name ?? (name || w.defaultName),
          }),
        });
        return;
      }
      const how = await saveBytes(bytes, name || w.defaultName, handle);
      if (handle) seen.current = (await handle.getFile()).lastModified;
      host.saved();
      setNotice({
        intent: 'success',
        text: fill(how === 'file' ? w.saved : w.downloaded, { file: name || w.defaultName }),
      });
    } catch (e) {
      // The file on disk is as it was; the work stays in the page for 另存为.
      setNotice({
        intent: 'error',
        text: fill(w.saveFailed, { message: e instanceof Error ? e.message : String(e) }),
      });
    }
  };

  const reload = useCallback(async () => {
    if (!host || !handle || watching.current !== handle) return;
    try {
      const file = await handle.getFile();
      await host.replace(new Uint8Array(await file.arrayBuffer()));
      seen.current = file.lastModified;
      setNotice({ intent: 'info', text: fill(w.reloaded, { file: file.name }) });
    } catch (e) {
      say(e, handle.name);
    }
  }, [host, handle]);

  // A save in WPS: read again within a second or two; with unsaved work here, ask first.
  useEffect(() => {
    if (!host || !handle) return;
    const timer = setInterval(() => {
      void handle
        .getFile()
        .then((file) => {
          if (watching.current !== handle) return;
          if (file.lastModified === seen.current || file.lastModified === warned.current) return;
          if (host.dirty) {
            // Said once; `seen` stays as read, so 保存 still knows the disk moved on.
            warned.current = file.lastModified;
            setNotice({ intent: 'warning', text: fill(w.changedOnDisk, { file: file.name }), reload: true });
          } else void reload();
        })
        .catch(() => undefined);
    }, WATCH_MS);
    return () => clearInterval(timer);
  }, [host, handle, reload, w.changedOnDisk]);

  const plansheets = (wb: { plans: { placement?: { sheet: string } }[] }) => {
    const ours = wb.plans.flatMap((p) => (p.placement ? [p.placement.sheet] : []));
    return [...ours, ...(host?.sheetNames() ?? []).filter((s) => !ours.includes(s))];
  };

  return (
    <div className={styles.root}>
      <div className={styles.bar} role="toolbar" aria-label={w.title}>
        <Subtitle2 as="h1">{w.title}</Subtitle2>
        <Button appearance="primary" onClick={() => void chooseFile()} data-testid="open-workbook">
          {w.open}
        </Button>
        <Button
          onClick={() => {
            if (unsavedFirst('new')) return;
            take(FileHost.blank(m.sheet), w.defaultName);
            setFresh(true);
            setNotice({ intent: 'info', text: w.started });
          }}
        >
          {w.new}
        </Button>
        <Button onClick={() => void save()} disabled={!host} data-testid="save-workbook">
          {w.save}
        </Button>
        <Button onClick={() => void save(true)} disabled={!host}>
          {w.saveAs}
        </Button>
        {handle && <Button onClick={() => void reload()}>{w.reload}</Button>}
        <Link href="help.html#workbench" target="_blank">
          {m.pane.help}
        </Link>
        <Body1 className={styles.name} data-testid="workbook-name">
          {host ? `${name}${host.dirty ? w.unsaved : ''}` : ''}
        </Body1>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          accept=".xlsx"
          data-testid="workbook-file"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void open(file);
          }}
        />
      </div>
      {notice && (
        <MessageBar
          intent={notice.intent}
          className={styles.message}
          data-testid="workbench-notice"
          layout="multiline"
        >
          <MessageBarBody>{notice.text}</MessageBarBody>
          <MessageBarActions>
            {notice.reload && (
              <Button size="small" onClick={() => void reload()}>
                {w.reloadDiscard}
              </Button>
            )}
            {notice.overwrite && (
              <>
                <Button size="small" onClick={() => void save(true)}>
                  {w.saveAs}
                </Button>
                <Button size="small" onClick={() => void save(false, true)} data-testid="overwrite">
                  {w.overwrite}
                </Button>
              </>
            )}
            <Button size="small" onClick={() => setNotice(undefined)}>
              {m.pane.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {!host ? (
        <MessageBar intent="info" className={styles.intro} data-testid="no-host" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{officeJsMissing ? m.pane.noOfficeJs.title : w.startTitle}</MessageBarTitle>
            {officeJsMissing ? fill(m.pane.noOfficeJs.body, { url: officeJsMissing }) + ' ' : ''}
            {w.intro}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <App
          key={keyOf(host)}
          host={host}
          aside={(wb) => (
            <SheetView
              cellsOf={cellsOf}
              issues={wb.issues}
              selected={selected}
              version={version}
              sheets={plansheets(wb)}
            />
          )}
        />
      )}
    </div>
  );
};

/** One key per opened file, so a new file gets a fresh pane, and 另存为 (a new name, the same work) does not. */
const keys = new WeakMap<FileHost, number>();
let counter = 0;
const keyOf = (host: FileHost) => {
  if (!keys.has(host)) keys.set(host, ++counter);
  return keys.get(host)!;
};

export default Workbench;
