import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getServerI18n } from "@/i18n/server-locale";
import { getCurrentSession } from "@/server/auth/current-user";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getServerI18n();
  return { title: t.signIn.title };
}

export default async function SignInPage() {
  if (await getCurrentSession()) redirect("/articles");
  return (
    <main className="flex min-h-dvh items-center justify-center bg-slate-50 px-4">
      <SignInForm />
    </main>
  );
}
