import { Form } from '@remix-run/react'
import { InputField, SubmitButton } from './form'

/** What a verification page's check of an uploaded file answers. */
export type HasilCocok = { ok: true; cocok: boolean; adaBerkas: boolean; sha256: string } | { ok: false; errors: Record<string, string[]> }

/**
 * The public verification pages' check: the holder of a document uploads the PDF they received and
 * learns whether it is byte for byte the one issued (its SHA-256). `benda` names what was issued
 * ("surat", "dokumen") in the texts. Shown only when an electronic file was issued.
 */
export function CocokkanBerkas({ sha256, hasil, benda }: { sha256: string | null; hasil: HasilCocok | undefined; benda: string }) {
	return (
		<>
			{sha256 ? (
				<Form method="post" encType="multipart/form-data" className="form card" aria-labelledby="judul-cocokkan">
					<h2 id="judul-cocokkan" style={{ margin: 0 }}>
						Cocokkan berkas
					</h2>
					<p style={{ margin: 0 }}>Unggah berkas PDF {benda} yang Anda terima untuk memastikan isinya sama persis dengan yang diterbitkan. Berkas tidak disimpan.</p>
					<InputField label="Berkas PDF" name="berkas" type="file" accept="application/pdf,.pdf" required hint="Paling besar 5 MB." error={hasil && !hasil.ok ? hasil.errors.berkas?.[0] : undefined} />
					<div>
						<SubmitButton intent="cocokkan">Cocokkan</SubmitButton>
					</div>
				</Form>
			) : null}
			{hasil?.ok ? (
				<div className={`alert ${hasil.cocok ? 'alert-sukses' : 'alert-galat'}`} role="status" data-testid="hasil-cocok">
					{hasil.cocok
						? `Cocok: berkas ini sama dengan ${benda} yang diterbitkan.`
						: `Tidak cocok: berkas ini berbeda dengan ${benda} yang diterbitkan. Jangan mengandalkan berkas ini.`}
					<div className="muted" style={{ fontSize: '0.85rem', wordBreak: 'break-all' }}>
						SHA-256 berkas yang diunggah: {hasil.sha256}
					</div>
				</div>
			) : null}
		</>
	)
}
