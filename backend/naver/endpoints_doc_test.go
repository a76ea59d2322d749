package naver

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEveryEndpointIsDocumented: docs/marketplace-endpoints.md lists every Naver path this client
// can call, in its Naver section.
func TestEveryEndpointIsDocumented(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "docs", "marketplace-endpoints.md"))
	require.NoError(t, err)
	doc := string(b)
	start := strings.Index(doc, "\n## Naver")
	require.GreaterOrEqual(t, start, 0, "a Naver section")
	section := doc[start+1:]
	if end := strings.Index(section, "\n## "); end >= 0 {
		section = section[:end]
	}
	for _, p := range []string{pathToken, pathChangedStatuses, pathQuery, pathProductOrders, pathConfirm, pathDispatch,
		pathOrderPrefix + "{orderId}" + pathProductOrderIDs} {
		assert.Contains(t, section, "`"+methodAndPath(p)+"`", "docs/marketplace-endpoints.md lists %s", p)
	}
}

// methodAndPath is the method and path as the doc writes them.
func methodAndPath(path string) string {
	switch path {
	case pathChangedStatuses, pathProductOrders, pathOrderPrefix + "{orderId}" + pathProductOrderIDs:
		return "GET " + path
	}
	return "POST " + path
}
