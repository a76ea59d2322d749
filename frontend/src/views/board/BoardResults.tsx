import { Banner } from "../../components/Banner";
import { SavedFile } from "../../components/SavedFile";
import { listTone, writeTone } from "../../outcome";
import { WriteResult } from "../../components/WriteResult";
import type { BoardActions } from "./useBoardActions";

/** The outcome of the board's last actions: Go's per-shipment results, the list made, a hint. */
export function BoardResults(props: { a: BoardActions }) {
  const { ack, sent, listDoc, notice } = props.a;
  return (
    <>
      {ack && (
        <WriteResult r={ack} tone={writeTone(ack.counts)} testid="ack-result" onClose={() => props.a.setAck(null)} />
      )}
      {sent && (
        <WriteResult
          r={sent}
          tone={writeTone(sent.counts)}
          testid="dispatch-result"
          onClose={() => props.a.setSent(null)}
        />
      )}
      {listDoc && (
        <Banner tone={listTone(listDoc.count, listDoc.held)} testid="list-result" onClose={() => props.a.setListDoc(null)}>
          <b>
            {listDoc.title}: {listDoc.count.toLocaleString("ko-KR")}건
            {listDoc.held > 0 && ` · ${listDoc.held.toLocaleString("ko-KR")}건은 보류로 목록에서 뺐습니다 (알림 화면에서 확인)`}
            {listDoc.excluded > 0 && ` · ${listDoc.excluded.toLocaleString("ko-KR")}건은 발송 대상이 아니라 뺐습니다 (발송처리·취소 등)`}
          </b>
          {listDoc.path && <SavedFile path={listDoc.path} fileName={listDoc.title} />}
        </Banner>
      )}
      {notice && (
        <Banner tone="info" onClose={() => props.a.setNotice("")}>
          {notice}
        </Banner>
      )}
    </>
  );
}
