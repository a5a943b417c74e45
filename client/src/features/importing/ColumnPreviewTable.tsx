/** Which columns of the chosen file the import will read, and as what. */
import { useTranslation } from 'react-i18next';
import type { ColumnPreview } from './columnPreview.js';

/** A two-column table: header in the file → field; unrecognised headers say "ignored". */
export function ColumnPreviewTable({ preview }: { preview: ColumnPreview }) {
  const { t } = useTranslation();
  return (
    <div className="column-preview" data-testid="column-preview">
      <p>
        {preview.layout
          ? t('import.layoutFound', { layout: t(`import.layouts.${preview.layout}`) })
          : t('import.layoutUnknown', { missing: preview.missing.join(', ') })}
      </p>
      <table>
        <caption className="visually-hidden">{t('import.previewCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.fileColumn')}</th>
            <th scope="col">{t('import.readAs')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.columns.map((column, index) => (
            <tr key={`${index}-${column.header}`}>
              <th scope="row">{column.header}</th>
              <td>{column.field ? t(`import.fields.${column.field}`) : <span className="hint">{t('import.ignored')}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
