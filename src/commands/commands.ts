/* The ribbon button opens the task pane (ShowTaskpane in manifest.xml); no function commands yet. */
Office.onReady(() => undefined);
