import { useState } from "react";
import { Banner } from "../../components/Banner";
import { mailbox, useResource } from "../../state";

// 데모 메일함: the mails the demo's mail server caught, as the buyers would read them.
export function DigitalMailbox() {
  const box = useResource(mailbox);
  const [open, setOpen] = useState("");
  const mails = box.value ?? [];
  return (
    <div data-testid="mailbox">
      <p className="muted">데모에서는 메일이 실제로 나가지 않고 이 PC의 데모 메일 서버(TLS)로 갑니다. 구매자가 받는 그대로 보여 줍니다.</p>
      {box.error && <Banner tone="error">{box.error}</Banner>}
      {mails.length === 0 && <p className="muted">아직 받은 메일이 없습니다.</p>}
      <table className="results">
        <tbody>
          {mails.map((m) => (
            <tr key={m.messageId + m.at} data-testid="mailbox-mail" onClick={() => setOpen(open === m.messageId ? "" : m.messageId)}>
              <td className="tabular">{m.at}</td>
              <td>{m.to.join(", ")}</td>
              <td>
                <b>{m.subject}</b>
                <div className="muted">{m.from}</div>
                {open === m.messageId && <pre className="mail-body">{m.body}</pre>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
