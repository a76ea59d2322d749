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

	"github.com/stretchr/testify/require"
)

// TestHTMLPrintsAsPlanned prints the HTML with headless Chromium and counts the PDF pages with
// Ghostscript: the "n / N" on the pages is only true if no planned page spills onto a second
// sheet. Skipped when either program is missing, and in -short mode.
func TestHTMLPrintsAsPlanned(t *testing.T) {
	if testing.Short() {
		t.Skip("prints with Chromium")
	}
	chromium, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("chromium not installed")
	}
	gs, err := exec.LookPath("gs")
	if err != nil {
		t.Skip("ghostscript not installed")
	}
	l := BuildAll(syntheticShipments(240, 5), sampleSKUs(t), PackOverrides{}, testNow)
	reg, err := DefaultLayouts()
	require.NoError(t, err)
	cj, err := reg.Layout("CJ대한통운")
	require.NoError(t, err)
	ship, err := l.Shipping.Table(cj)
	require.NoError(t, err)
	dir := t.TempDir()
	for name, tab := range map[string]Table{"pick": l.Pick.Table(), "pack": l.Pack.Table(), "shipping": ship} {
		t.Run(name, func(t *testing.T) {
			htmlPath := filepath.Join(dir, name+".html")
			pdfPath := filepath.Join(dir, name+".pdf")
			f, err := os.Create(htmlPath)
			require.NoError(t, err)
			require.NoError(t, WriteHTML(f, tab))
			require.NoError(t, f.Close())
			html, err := os.ReadFile(htmlPath)
			require.NoError(t, err)
			planned := len(regexp.MustCompile(`<section class="page"`).FindAll(html, -1))

			ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
			defer cancel()
			out, err := exec.CommandContext(ctx, chromium, "--headless", "--no-sandbox", "--disable-gpu",
				"--user-data-dir="+filepath.Join(dir, "profile-"+name), "--no-pdf-header-footer",
				"--print-to-pdf="+pdfPath, "file://"+htmlPath).CombinedOutput()
			require.NoError(t, err, "%s", out)
			count, err := exec.CommandContext(ctx, gs, "-q", "-dNODISPLAY", "-dNOSAFER", "-c",
				"("+pdfPath+") (r) file runpdfbegin pdfpagecount = quit").Output()
			require.NoError(t, err)
			printed, err := strconv.Atoi(strings.TrimSpace(string(count)))
			require.NoError(t, err)
			require.Equal(t, planned, printed, "planned pages vs pages Chromium printed")
		})
	}
}
