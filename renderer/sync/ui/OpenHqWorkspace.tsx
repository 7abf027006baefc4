import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bridge } from '../../host';

/** HQ serves its review workspace at its root: open the pinned HQ URL in the system browser. */
export function OpenHqWorkspace({ hqUrl }: { hqUrl: string }) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  // The pinned URL is stored without a trailing slash (normaliseHqUrl); HQ may live under a path.
  const url = `${hqUrl}/`;
  const open = async () => {
    const result = await bridge.openInBrowser(url);
    setFailed(!result.ok);
  };
  return (
    <div className="hq-workspace">
      <div className="form-actions">
        <button type="button" onClick={() => void open()} aria-describedby="hq-workspace-hint">{t('sync.workspace.open')}</button>
      </div>
      <p id="hq-workspace-hint" className="muted">{t('sync.workspace.hint')}</p>
      {failed && <p className="form-error" role="alert">{t('sync.workspace.failed', { url })}</p>}
    </div>
  );
}
