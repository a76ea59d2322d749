package web

import (
	"mime"
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

// serveExport sends a file of the exports folder to the logged-in browser as a download, so a
// seller at another screen gets the list they made and not only a path on the PC running the
// door. Only a plain name of a regular file directly in that folder is served: no path, no hidden
// file, no link.
func (s *Server) serveExport(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	if s.cfg.Exports == "" || name == "" || name != filepath.Base(name) || strings.HasPrefix(name, ".") ||
		strings.ContainsAny(name, `/\`) {
		http.NotFound(w, r)
		return
	}
	path := filepath.Join(s.cfg.Exports, name)
	info, err := os.Lstat(path)
	if err != nil || !info.Mode().IsRegular() {
		http.NotFound(w, r)
		return
	}
	f, err := os.Open(path)
	if err != nil {
		s.log.Warn("export download", "err", err)
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name}))
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	http.ServeContent(w, r, name, info.ModTime(), f)
}
