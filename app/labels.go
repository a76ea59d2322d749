package app

import "sellerdesk/app/views"

// Labels returns the label tables of the screens — every code Go sends with its Korean words, in
// display order (it cannot fail; the error is the bound methods' shape).
func (d *Orders) Labels() (views.Labels, error) { return views.LabelTables(), nil }
