import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { Button } from '@digdir/designsystemet-react';
import { LoadState } from '../../components/LoadState.js';
import { useApi } from '../../hooks/useApi.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';
import { useProgramme } from '../../hooks/useProgramme.js';
import type { Material } from './types.js';
import '../../codesign.css';

/**
 * The projector view of a feedback meeting's material: one item at a time in big type, moved on with
 * the arrow keys, Page Up/Down, space, Home/End, or the buttons; Escape goes back to the material.
 */
export function MaterialProjectorPage() {
  const { t } = useTranslation();
  const { programme } = useProgramme();
  const { setId } = useParams();
  const navigate = useNavigate();
  const back = `/programmes/${programme.id}/codesign/material`;
  const material = useApi<Material>(`${back}/${setId}`);
  const [index, setIndex] = useState(0);
  const stage = useRef<HTMLElement>(null);
  usePageTitle(material.data ? `${material.data.title} – ${t('codesign.material.present')}` : t('codesign.material.present'));
  const total = material.data?.items.length ?? 0;
  const go = useCallback((to: number) => setIndex(Math.max(0, Math.min(total - 1, to))), [total]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLElement && e.target.closest('button, a') && (e.key === ' ' || e.key === 'Enter')) return;
      if (['ArrowRight', 'PageDown', ' '].includes(e.key)) { e.preventDefault(); go(index + 1); }
      else if (['ArrowLeft', 'PageUp'].includes(e.key)) { e.preventDefault(); go(index - 1); }
      else if (e.key === 'Home') { e.preventDefault(); go(0); }
      else if (e.key === 'End') { e.preventDefault(); go(total - 1); }
      else if (e.key === 'Escape') navigate(back);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, index, total, navigate, back]);
  useEffect(() => stage.current?.focus(), [material.data]);
  if (!material.data) return <div className="page"><LoadState error={material.error} /></div>;
  const item = material.data.items[index];
  return (
    <div className="projector" role="region" aria-labelledby="projector-title" data-testid="material-projector">
      <header className="projector-bar">
        <h1 id="projector-title">{material.data.title}</h1>
        {material.data.filmUrl ? <a href={material.data.filmUrl} target="_blank" rel="noopener noreferrer">{t('codesign.material.openFilm')}</a> : null}
        <Button variant="secondary" onClick={() => navigate(back)}>{t('codesign.material.exit')}</Button>
      </header>
      <section className="projector-stage" ref={stage} tabIndex={-1} aria-live="polite" aria-roledescription="slide" aria-label={total ? t('codesign.material.slide', { n: index + 1, total }) : t('codesign.material.noItems')}>
        {item ? (
          <>
            {item.touchpoint ? <p className="projector-meta">{`${item.touchpoint.stageLabel} · ${t(`codesign.roles.${item.touchpoint.role}`)} · ${item.touchpoint.emotionLabel}`}</p> : null}
            <blockquote className="projector-quote">
              <p>«{item.quote.text}»</p>
              <footer>{item.quote.attribution}</footer>
            </blockquote>
            {item.caption ? <p className="projector-caption">{item.caption}</p> : null}
          </>
        ) : <p className="projector-quote">{t('codesign.material.noItems')}</p>}
      </section>
      <nav className="projector-nav" aria-label={t('codesign.material.items')}>
        <Button variant="secondary" disabled={index === 0} onClick={() => go(index - 1)}>{t('codesign.material.previous')}</Button>
        <span className="projector-count">{total ? t('codesign.material.slide', { n: index + 1, total }) : ''}</span>
        <Button variant="secondary" disabled={index >= total - 1} onClick={() => go(index + 1)}>{t('codesign.material.next')}</Button>
      </nav>
      <p className="projector-keys">{t('codesign.material.keys')}</p>
    </div>
  );
}
