// Svelte Flow's own words (its controls, minimap, screen-reader hints) in the user's language, via ariaLabelConfig.

import type { AriaLabelConfig } from '@xyflow/svelte';
import { formatNumber, t } from '../../i18n/index';

/** Every string @xyflow/svelte 1.7 shows or reads out, from the catalogue (read again when the language changes). */
export function flowAriaLabels(): AriaLabelConfig {
  return {
    'node.a11yDescription.default': t('canvas.flow.nodeHint'),
    'node.a11yDescription.keyboardDisabled': t('canvas.flow.nodeHintKeys'),
    'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
      t('canvas.flow.moved', { direction: t(`canvas.flow.${direction}`), x: formatNumber(Math.round(x)), y: formatNumber(Math.round(y)) }),
    'edge.a11yDescription.default': t('canvas.flow.edgeHint'),
    'controls.ariaLabel': t('canvas.flow.controls'),
    'controls.zoomIn.ariaLabel': t('canvas.flow.zoomIn'),
    'controls.zoomOut.ariaLabel': t('canvas.flow.zoomOut'),
    'controls.fitView.ariaLabel': t('canvas.flow.fitView'),
    'controls.interactive.ariaLabel': t('canvas.flow.interactive'),
    'minimap.ariaLabel': t('canvas.flow.minimap'),
    'handle.ariaLabel': t('canvas.flow.handle'),
  };
}
