import { useState } from "react";
import * as api from "../api";

/**
 * Where an exported file was saved, and how the seller reaches it: 내려받기 in the browser door
 * (it lives on the PC that runs SellerDesk), 폴더 열기 in the desktop window.
 */
export function SavedFile(props: { path: string; fileName: string }) {
  const [error, setError] = useState("");
  const url = api.exportDownloadURL(props.fileName);
  const open = () => {
    setError("");
    api.openExportsFolder().catch((e: unknown) => setError(api.errorText(e)));
  };
  return (
    <div>
      저장한 곳: <span className="tabular">{props.path}</span>
      {" · "}
      {url ? (
        <a href={url} download={props.fileName} data-testid="export-download">
          내려받기
        </a>
      ) : (
        <button className="link" onClick={open} data-testid="open-exports-folder">
          폴더 열기
        </button>
      )}
      {error && (
        <div className="check block" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
