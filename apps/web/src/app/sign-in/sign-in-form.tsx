"use client";

import { Alert, Button, Field, TextInput } from "@newsdesk/ui/primitives";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { errorMessage } from "@/components/error-message";
import { useI18n } from "@/i18n/i18n-provider";
import { useTRPC } from "@/trpc/react";

export function SignInForm() {
  const { t, locale, setLocale } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const signIn = useMutation(
    trpc.auth.signIn.mutationOptions({
      onSuccess: () => {
        router.replace("/articles");
        router.refresh();
      },
    }),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ email, password });
  };

  return (
    <form method="post" onSubmit={submit} className="w-full max-w-sm space-y-4 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200" aria-labelledby="sign-in-title">
      <div className="flex items-baseline justify-between">
        <h1 id="sign-in-title" className="text-lg font-semibold">
          {t.signIn.title}
        </h1>
        <button type="button" className="text-xs text-slate-500 hover:text-slate-800" onClick={() => setLocale(locale === "zh" ? "en" : "zh")}>
          {t.common.switchTo}
        </button>
      </div>
      {signIn.error ? <Alert>{errorMessage(signIn.error, t)}</Alert> : null}
      <Field label={t.signIn.email} htmlFor="email">
        <TextInput id="email" name="email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} autoFocus />
      </Field>
      <Field label={t.signIn.password} htmlFor="password">
        <TextInput
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </Field>
      <Button type="submit" variant="primary" className="w-full" busy={signIn.isPending}>
        {t.signIn.submit}
      </Button>
    </form>
  );
}
