/** Offers bytes (or a Blob) to the planner as a download under `name`; the page keeps nothing. */
export const offerDownload = (data: Blob | Uint8Array, name: string, type?: string): void => {
  const blob = data instanceof Blob ? data : new Blob([data.slice().buffer as ArrayBuffer], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
