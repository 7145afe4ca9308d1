import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { FormError, SubmitButton, fieldProps, type ActionFailure } from '~/components/form'
import { BATAS_LOGO, hapusLogoKantor, simpanLogoKantor } from '~/modules/referensi/logo.server'
import { PengaturanKantorSchema } from '~/modules/referensi/pengaturan-kantor.schema'
import { getPengaturanKantor, listPilihanKabupaten, updatePengaturanKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { formFailure, parseForm } from '~/utils/forms'
import { conflict } from '~/utils/http.server'
import { hasPermission } from '~/utils/permissions.server'
import { formatUkuran, parseUpload } from '~/utils/upload.server'
import { ProfilKantorForm } from './__profil-kantor-form'

export const meta: MetaFunction = () => [{ title: 'Profil kantor — SIMADU' }]

export async function loader({ request }: LoaderFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'read:pengaturan:any')
	const [profil, kabupaten] = await Promise.all([getPengaturanKantor(), listPilihanKabupaten()])
	return { profil, kabupaten, bolehUbah: hasPermission(user.authority, 'update:pengaturan:any'), batasLogo: formatUkuran(BATAS_LOGO) }
}

const KEMBALI = '/admin/pengaturan'

/** Two forms post here: the profile (urlencoded, intent simpan or hapus-logo) and the logo (multipart). */
export async function action({ request }: ActionFunctionArgs) {
	await requireUserWithPermission(request, 'update:pengaturan:any')
	const upload = await parseUpload(request, { field: 'logo', maxFileSize: BATAS_LOGO })
	if (!upload.ok) return data({ ok: false as const, bagian: 'logo' as const, errors: upload.errors, values: {} }, { status: 400 })
	const formData = upload.formData
	const intent = formData.get('intent')

	if (intent === 'logo') {
		const result = await simpanLogoKantor(formData.get('logo'))
		if (!result.ok) return data({ ok: false as const, bagian: 'logo' as const, errors: result.errors, values: {} }, { status: 400 })
		return redirectWithFlash(KEMBALI, { jenis: 'sukses', pesan: 'Logo kantor diganti.' })
	}
	if (intent === 'hapus-logo') {
		await hapusLogoKantor()
		return redirectWithFlash(KEMBALI, { jenis: 'sukses', pesan: 'Logo kantor dikembalikan ke lambang bawaan.' })
	}

	const parsed = parseForm(PengaturanKantorSchema, formData)
	if (!parsed.ok) return data({ ...parsed, bagian: 'profil' as const }, { status: 400 })
	const result = await updatePengaturanKantor(parsed.data)
	if (!result.ok && result.konflik) throw conflict('Profil kantor sudah diubah orang lain; muat ulang halaman lalu ulangi.')
	if (!result.ok) return data({ ...formFailure(formData, result.errors), bagian: 'profil' as const }, { status: 400 })
	return redirectWithFlash(KEMBALI, { jenis: 'sukses', pesan: 'Profil kantor disimpan.' })
}

export default function ProfilKantorPage() {
	const { profil, kabupaten, bolehUbah, batasLogo } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>() as (ActionFailure & { bagian: 'logo' | 'profil' }) | undefined
	const hasilLogo = result?.bagian === 'logo' ? result : undefined
	const logo = fieldProps(hasilLogo, 'logo')
	return (
		<>
			<h1>Profil kantor</h1>
			<p className="muted">Nama, alamat dan logo ini tampil di kepala halaman, kop surat dan laporan.</p>
			<ProfilKantorForm result={result?.bagian === 'profil' ? result : undefined} profil={profil} kabupaten={kabupaten} bolehUbah={bolehUbah} />

			<section className="card" aria-labelledby="judul-logo">
				<h2 id="judul-logo">Logo</h2>
				<img src={`/logo?v=${profil.version}`} alt="Logo kantor saat ini" width={96} height={96} style={{ objectFit: 'contain' }} />
				{bolehUbah ? (
					<>
						<Form method="post" encType="multipart/form-data" className="form" noValidate>
							<FormError result={hasilLogo} />
							<div className="field">
								<label htmlFor="berkas-logo">Berkas logo baru</label>
								<input
									id="berkas-logo"
									name="logo"
									type="file"
									accept="image/png,image/jpeg"
									required
									aria-invalid={logo.error ? true : undefined}
									aria-describedby="berkas-logo-petunjuk"
								/>
								<span className="hint" id="berkas-logo-petunjuk">
									PNG atau JPEG, paling besar {batasLogo}. Sebaiknya persegi dengan latar transparan.
								</span>
								{logo.error ? (
									<span className="error" role="alert">
										{logo.error}
									</span>
								) : null}
							</div>
							<div className="actions">
								<SubmitButton intent="logo">Unggah logo</SubmitButton>
							</div>
						</Form>
						{profil.adaLogo ? (
							<Form method="post" onSubmit={(e) => !confirm('Kembalikan logo ke lambang bawaan?') && e.preventDefault()}>
								<button type="submit" name="intent" value="hapus-logo" className="button-sekunder">
									Pakai lambang bawaan
								</button>
							</Form>
						) : null}
					</>
				) : null}
			</section>
		</>
	)
}
