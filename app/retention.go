package app

import (
	"context"

	"sellerdesk/backend/retention"
)

// Personal data retention (backend/retention): at most every six hours after a sync, and now.
const (
	DefaultPrivacyDays = retention.DefaultDays
	MinPrivacyDays     = retention.MinDays
	MaxPrivacyDays     = retention.MaxDays
	PrivacyOff         = retention.Off
	BackupsKept        = retention.BackupsKept
)

// RetentionResult is what one retention run did.
type RetentionResult = retention.Result

// privacyDays is the retention period in days, 0 when the seller turned masking off.
func (s Settings) privacyDays() int { return retention.Days(s.PrivacyDays) }

func (a *App) newRetention() *retention.Runner {
	return &retention.Runner{Store: a.store, DataDir: a.cfg.DataDir, Now: a.cfg.Now, Log: a.log,
		Days: func(ctx context.Context) (int, error) {
			s, err := a.loadSettings(ctx)
			return s.privacyDays(), err
		},
		Changed: func(masked int) { a.events.Emit(EventShipmentsChanged, map[string]any{"changed": masked}) }}
}

// maybeRetention starts a retention run in the background when none ran lately (force: now).
func (a *App) maybeRetention(force bool) {
	if a != nil {
		a.retention.Maybe(a.baseCtx, force)
	}
}

// ApplyRetention runs the retention now (retention.Runner.Apply).
func (a *App) ApplyRetention(ctx context.Context) (RetentionResult, error) {
	return a.retention.Apply(ctx)
}
