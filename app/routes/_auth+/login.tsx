import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { z } from 'zod'
import { FormError, InputField, SubmitButton, fieldProps } from '~/components/form'
import { login } from '~/modules/akses/login.server'
import { getProfilKantorSingkat } from '~/modules/referensi/pengaturan-kantor.server'
import { requireAnonymous, safeRedirect } from '~/utils/auth.server'
import { formatJamZona } from '~/utils/format'
import { formFailure, parseForm } from '~/utils/forms'
import { SANDI_MAX_BYTES, sandiByteLength } from '~/utils/password.server'
import { getClientIp } from '~/utils/request-context.server'

export const meta: MetaFunction = () => [{ title: 'Masuk — SIMADU' }]

const LoginSchema = z.object({
	username: z.string({ error: 'Username wajib diisi.' }).trim().min(1, 'Username wajib diisi.').max(60, 'Username terlalu panjang.'),
	password: z.string({ error: 'Kata sandi wajib diisi.' }).min(1, 'Kata sandi wajib diisi.'),
	redirectTo: z.string().optional(),
})

export async function loader({ request }: LoaderFunctionArgs) {
	await requireAnonymous(request)
	return { kantor: await getProfilKantorSingkat() }
}

export async function action({ request }: ActionFunctionArgs) {
	const formData = await request.formData()
	const parsed = parseForm(LoginSchema, formData)
	if (!parsed.ok) return data(parsed, { status: 400 })
	const { username, password, redirectTo } = parsed.data
	if (sandiByteLength(password) > SANDI_MAX_BYTES) {
		return data(formFailure(formData, { password: [`Kata sandi lebih dari ${SANDI_MAX_BYTES} byte tidak diterima.`] }), { status: 400 })
	}
	const result = await login({
		username,
		password,
		ip: getClientIp(),
		userAgent: request.headers.get('user-agent'),
	})
	if (result.status === 'terkunci') {
		const { zonaWaktu } = await getProfilKantorSingkat()
		return data(
			formFailure(formData, {
				_form: [`Terlalu banyak percobaan masuk yang gagal. Coba lagi setelah pukul ${formatJamZona(result.sampai, zonaWaktu)}.`],
			}),
			{ status: 429 },
		)
	}
	if (result.status === 'gagal') {
		return data(formFailure(formData, { _form: ['Username atau kata sandi salah.'] }), { status: 400 })
	}
	const target = result.wajibGantiSandi ? '/akun/ganti-sandi' : safeRedirect(redirectTo)
	return redirect(target, { headers: { 'Set-Cookie': result.cookie } })
}

export default function LoginPage() {
	const { kantor } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	const [searchParams] = useSearchParams()
	const redirectTo = (result?.values.redirectTo as string | undefined) ?? searchParams.get('redirectTo') ?? ''
	return (
		<main className="center-page">
			<div className="login-card">
				<header>
					<img src={kantor.logoUrl} alt={`Logo ${kantor.namaPemda}`} />
					<h1>SIMADU</h1>
					<p className="muted">
						{kantor.namaDinas}
						<br />
						{kantor.wilayah}
					</p>
				</header>
				<Form method="post" className="form" noValidate>
					<FormError result={result} />
					<input type="hidden" name="redirectTo" value={redirectTo} />
					<InputField
						label="Username"
						name="username"
						autoComplete="username"
						autoFocus
						required
						{...fieldProps(result, 'username')}
					/>
					<InputField
						label="Kata sandi"
						name="password"
						type="password"
						autoComplete="current-password"
						required
						error={result?.errors.password?.[0]}
					/>
					<SubmitButton>Masuk</SubmitButton>
				</Form>
			</div>
		</main>
	)
}
