import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { FormError, InputField, SubmitButton } from '~/components/form'
import { changePassword } from '~/modules/akses/akun.server'
import { requireUser } from '~/utils/auth.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { formFailure, parseForm } from '~/utils/forms'

export const meta: MetaFunction = () => [{ title: 'Ganti kata sandi — SIMADU' }]

const GantiSandiSchema = z
	.object({
		sandiLama: z.string({ error: 'Kata sandi saat ini wajib diisi.' }).min(1, 'Kata sandi saat ini wajib diisi.'),
		sandiBaru: z.string({ error: 'Kata sandi baru wajib diisi.' }).min(1, 'Kata sandi baru wajib diisi.'),
		ulangiSandi: z.string({ error: 'Ulangi kata sandi baru.' }).min(1, 'Ulangi kata sandi baru.'),
	})
	.refine((v) => v.sandiBaru === v.ulangiSandi, { path: ['ulangiSandi'], message: 'Ulangan kata sandi tidak sama.' })

export async function loader({ request }: LoaderFunctionArgs) {
	const user = await requireUser(request)
	return { wajib: user.wajibGantiSandi }
}

export async function action({ request }: ActionFunctionArgs) {
	const user = await requireUser(request)
	const formData = await request.formData()
	const parsed = parseForm(GantiSandiSchema, formData)
	if (!parsed.ok) return data(parsed, { status: 400 })
	const result = await changePassword({
		penggunaId: user.id,
		sandiLama: parsed.data.sandiLama,
		sandiBaru: parsed.data.sandiBaru,
		sesiIdSekarang: user.sesiId,
	})
	if (!result.ok) return data(formFailure(formData, result.errors), { status: 400 })
	return redirectWithFlash('/akun', { jenis: 'sukses', pesan: 'Kata sandi berhasil diganti. Sesi di perangkat lain telah diakhiri.' })
}

export default function GantiSandiPage() {
	const { wajib } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	return (
		<>
			<h1>Ganti kata sandi</h1>
			{wajib ? (
				<div className="alert alert-info" role="status">
					Kata sandi Anda diatur ulang oleh administrator. Buat kata sandi baru sebelum melanjutkan.
				</div>
			) : null}
			<Form method="post" className="form card" noValidate>
				<FormError result={result} />
				<InputField label="Kata sandi saat ini" name="sandiLama" type="password" autoComplete="current-password" required error={result?.errors.sandiLama?.[0]} />
				<InputField
					label="Kata sandi baru"
					name="sandiBaru"
					type="password"
					autoComplete="new-password"
					required
					hint="10 sampai 72 byte. Gunakan kalimat yang mudah Anda ingat tetapi sulit ditebak."
					error={result?.errors.sandiBaru?.[0]}
				/>
				<InputField label="Ulangi kata sandi baru" name="ulangiSandi" type="password" autoComplete="new-password" required error={result?.errors.ulangiSandi?.[0]} />
				<div className="actions">
					<SubmitButton>Simpan kata sandi</SubmitButton>
				</div>
			</Form>
		</>
	)
}
