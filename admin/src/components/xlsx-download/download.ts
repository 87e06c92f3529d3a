/** Progress of a download: bytes so far (the size is unknown while the server still streams). */
export interface DownloadProgress {
  bytes: number;
}

/** `attachment; filename*=UTF-8''%E5…` → the file name the server chose. */
export const fileNameOf = (disposition: string | null, fallback: string): string => {
  const encoded = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // fall through to the plain name
    }
  }
  return disposition?.match(/filename="([^"]+)"/i)?.[1] ?? fallback;
};

export class DownloadError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The connection broke off mid-file: the server failed after it had started sending. */
export class DownloadInterrupted extends Error {
  constructor() {
    super('interrupted');
  }
}

/**
 * Fetches a file with the user's token, reporting bytes as they arrive; `signal` cancels it (the
 * server notices the closed connection and stops reading rows). Resolves with the file.
 */
export const downloadFile = async ({
  url,
  token,
  locale,
  signal,
  onProgress,
  fallbackName,
}: {
  url: string;
  token: string | null;
  locale: string;
  signal: AbortSignal;
  onProgress: (progress: DownloadProgress) => void;
  fallbackName: string;
}): Promise<{ blob: Blob; name: string }> => {
  const response = await fetch(url, {
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'accept-language': locale },
    signal,
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new DownloadError(response.status, body?.error?.message ?? response.statusText);
  }
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  const reader = response.body?.getReader();
  if (reader) {
    for (;;) {
      let next: ReadableStreamReadResult<Uint8Array>;
      try {
        next = await reader.read();
      } catch (error) {
        // The server cuts the connection when the export fails after the headers went out.
        if (signal.aborted) throw error;
        throw new DownloadInterrupted();
      }
      if (next.done) break;
      chunks.push(next.value);
      bytes += next.value.byteLength;
      onProgress({ bytes });
    }
  }
  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  return { blob: new Blob(chunks as BlobPart[], { type }), name: fileNameOf(response.headers.get('content-disposition'), fallbackName) };
};

/** Hands a file to the browser as a download. */
export const saveFile = ({ blob, name }: { blob: Blob; name: string }) => {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
};

export const formatBytes = (bytes: number): string =>
  bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
