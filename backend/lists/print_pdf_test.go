package lists

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"sellerdesk/backend/order"
)

// pdfPrinter prints HTML with headless Chromium and reads the PDF back with poppler's pdfinfo
// and pdftotext. Tests that need it are skipped when a program is missing, and in -short mode.
type pdfPrinter struct {
	chromium, pdfinfo, pdftotext, dir string
}

func newPDFPrinter(t *testing.T) *pdfPrinter {
	t.Helper()
	if testing.Short() {
		t.Skip("prints with Chromium")
	}
	p := &pdfPrinter{dir: t.TempDir()}
	for name, to := range map[string]*string{"chromium": &p.chromium, "pdfinfo": &p.pdfinfo, "pdftotext": &p.pdftotext} {
		path, err := exec.LookPath(name)
		if err != nil {
			t.Skip(name + " not installed")
		}
		*to = path
	}
	return p
}

// print renders tab as HTML, prints it to a PDF and returns the PDF's path and the planned pages.
func (p *pdfPrinter) print(t *testing.T, name string, tab Table) (string, int) {
	t.Helper()
	htmlPath := filepath.Join(p.dir, name+".html")
	pdfPath := filepath.Join(p.dir, name+".pdf")
	f, err := os.Create(htmlPath)
	require.NoError(t, err)
	require.NoError(t, WriteHTML(f, tab))
	require.NoError(t, f.Close())
	html, err := os.ReadFile(htmlPath)
	require.NoError(t, err)
	planned := len(regexp.MustCompile(`<section class="page"`).FindAll(html, -1))
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, p.chromium, "--headless", "--no-sandbox", "--disable-gpu",
		"--user-data-dir="+filepath.Join(p.dir, "profile-"+name), "--no-pdf-header-footer",
		"--print-to-pdf="+pdfPath, "file://"+htmlPath).CombinedOutput()
	require.NoError(t, err, "%s", out)
	return pdfPath, planned
}

func (p *pdfPrinter) pages(t *testing.T, pdf string) int {
	t.Helper()
	out, err := exec.Command(p.pdfinfo, pdf).Output()
	require.NoError(t, err)
	m := regexp.MustCompile(`Pages:\s+(\d+)`).FindSubmatch(out)
	require.NotNil(t, m, "%s", out)
	n, err := strconv.Atoi(string(m[1]))
	require.NoError(t, err)
	return n
}

// text is the text of page n (1-based), laid out as printed.
func (p *pdfPrinter) text(t *testing.T, pdf string, n int) string {
	t.Helper()
	out, err := exec.Command(p.pdftotext, "-layout", "-f", strconv.Itoa(n), "-l", strconv.Itoa(n), pdf, "-").Output()
	require.NoError(t, err)
	return string(out)
}

// TestHTMLPrintsAsPlanned prints the HTML with headless Chromium and counts the PDF pages: the
// "n / N" on the pages is only true if no planned page spills onto a second sheet.
func TestHTMLPrintsAsPlanned(t *testing.T) {
	p := newPDFPrinter(t)
	l := BuildAll(syntheticShipments(240, 5), sampleSKUs(t), PackOverrides{}, testNow)
	reg, err := DefaultLayouts()
	require.NoError(t, err)
	cj, err := reg.Layout("CJ대한통운")
	require.NoError(t, err)
	ship, err := l.Shipping.Table(cj)
	require.NoError(t, err)
	for name, tab := range map[string]Table{"pick": l.Pick.Table(), "pack": l.Pack.Table(), "shipping": ship} {
		t.Run(name, func(t *testing.T) {
			pdf, planned := p.print(t, name, tab)
			require.Equal(t, planned, p.pages(t, pdf), "planned pages vs pages Chromium printed")
		})
	}
}

// heldMorning is a day of orders where one in four boxes is held: open claims, address changes
// and a few with both.
func heldMorning(n int) []order.Shipment {
	ships := syntheticShipments(n, 11)
	for i := range ships {
		switch {
		case i%8 == 0:
			ships[i].Findings = []order.Finding{{Code: order.ClaimOpen, Severity: order.Block, Line: -1,
				Message: "취소 요청이 접수되었습니다. 발송하지 말고 판매자센터에서 요청을 처리하세요."}}
		case i%8 == 4:
			ships[i].Findings = []order.Finding{{Code: order.AddressChanged, Severity: order.Block, Line: -1,
				Message: "발주확인 후 배송지가 바뀌었습니다. 새 주소를 확인하세요."}}
		case i%16 == 2:
			ships[i].Status = order.StatusCanceled
		}
	}
	return ships
}

// The printed lists are as dense as the seller centres' own: a courier sheet of at least 20 rows
// an A4 landscape page with no number broken over two lines, many boxes on a packing page, and
// the held shipments in a compact appendix at the end.
func TestPrintDensity(t *testing.T) {
	p := newPDFPrinter(t)
	ships := heldMorning(400)
	l := BuildAll(ships, sampleSKUs(t), PackOverrides{}, testNow)
	require.Greater(t, len(l.Pick.Held), 80)
	reg, err := DefaultLayouts()
	require.NoError(t, err)
	cj, err := reg.Layout("CJ대한통운")
	require.NoError(t, err)
	ship, err := l.Shipping.Table(cj)
	require.NoError(t, err)

	t.Run("courier sheet", func(t *testing.T) {
		pdf, planned := p.print(t, "shipping", ship)
		pages := p.pages(t, pdf)
		require.Equal(t, planned, pages)
		phone := regexp.MustCompile(`010-\d{4}-\d{4}`)
		var all strings.Builder
		rows := 0
		for n := 1; n <= pages; n++ {
			text := p.text(t, pdf, n)
			all.WriteString(text)
			k := len(phone.FindAllString(text, -1))
			rows += k
			if n < pages && !strings.Contains(text, "보류 (출력 제외)") {
				assert.GreaterOrEqual(t, k, 20, "rows on page %d of %d", n, pages)
			}
		}
		assert.Equal(t, len(l.Shipping.Rows), rows, "every row printed once, its phone number in one piece")
		text := all.String()
		for _, r := range l.Shipping.Rows {
			assert.Contains(t, text, r.Phone)
			assert.Regexp(t, `(^|\s)`+r.Zip+`(\s|$)`, text, "postcode %s printed unbroken", r.Zip)
			// The printed copy names each box (issue 12 point 9); the keys stay in the upload file.
			for _, ref := range r.Names {
				assert.Contains(t, text, ref, "order reference printed unbroken")
			}
		}
		t.Logf("courier sheet: %d rows on %d landscape pages", rows, pages)
	})

	t.Run("packing list", func(t *testing.T) {
		tab := l.Pack.Table()
		pdf, planned := p.print(t, "pack", tab)
		pages := p.pages(t, pdf)
		require.Equal(t, planned, pages)
		box := regexp.MustCompile(`박스 \d+ ·`)
		boxes := 0
		for n := 1; n <= pages; n++ {
			k := len(box.FindAllString(p.text(t, pdf, n), -1))
			boxes += k
			if n < pages-1 { // the last pages also carry the 보류 appendix
				assert.GreaterOrEqual(t, k, 10, "boxes on page %d of %d", n, pages)
			}
		}
		assert.Equal(t, len(l.Pack.Boxes), boxes)
		assert.GreaterOrEqual(t, float64(boxes)/float64(pages), 14.0, "boxes a page")
		t.Logf("packing list: %d boxes on %d pages", boxes, pages)
	})

	t.Run("held appendix", func(t *testing.T) {
		tab := l.Pick.Table()
		pdf, planned := p.print(t, "pick", tab)
		pages := p.pages(t, pdf)
		require.Equal(t, planned, pages)
		alone := tab
		alone.Held = nil
		pdfAlone, _ := p.print(t, "pick-alone", alone)
		// the picking rows fit on one page; the 보류 of a hundred shipments adds at most one more
		assert.Equal(t, 1, p.pages(t, pdfAlone))
		assert.LessOrEqual(t, pages, 2, "%d held shipments", len(tab.Held))
		var text strings.Builder
		for n := 1; n <= pages; n++ {
			text.WriteString(p.text(t, pdf, n))
		}
		// each reason once, each held order number in one piece
		assert.Equal(t, 1, strings.Count(text.String(), "취소 요청이 접수되었습니다"))
		for _, h := range tab.Held {
			assert.Contains(t, text.String(), h.OrderID)
		}
		t.Logf("picking list: %d held shipments, %d pages", len(tab.Held), pages)
	})
}
