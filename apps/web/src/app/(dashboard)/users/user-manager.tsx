"use client";

import { PageBody, PageHeader } from "@newsdesk/ui/layout";
import { Alert, Button, Field, Select, SkeletonRows, TextInput } from "@newsdesk/ui/primitives";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useCurrentUser } from "@/components/current-user";
import { errorMessage } from "@/components/error-message";
import { useI18n } from "@/i18n/i18n-provider";
import { useTRPC } from "@/trpc/react";

const roles = ["viewer", "editor", "admin"] as const;
type Role = (typeof roles)[number];
const emptyDraft = { email: "", name: "", role: "editor" as Role, password: "" };

/** Admins add people, change roles, disable accounts and set passwords. */
export function UserManager() {
  const { t, intlLocale } = useI18n();
  const me = useCurrentUser();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const users = useQuery(trpc.users.list.queryOptions());
  const invalidate = () => queryClient.invalidateQueries({ queryKey: trpc.users.list.queryKey() });
  const update = useMutation(trpc.users.update.mutationOptions({ onSuccess: invalidate }));
  const setPassword = useMutation(trpc.users.setPassword.mutationOptions());
  const create = useMutation(trpc.users.create.mutationOptions({ onSuccess: () => (setDraft(emptyDraft), invalidate()) }));
  const [draft, setDraft] = useState(emptyDraft);
  const formatDate = new Intl.DateTimeFormat(intlLocale, { dateStyle: "medium" });
  const error = update.error ?? setPassword.error ?? create.error ?? users.error;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(draft);
  };

  return (
    <>
      <PageHeader title={t.users.title} description={t.users.description} />
      <PageBody className="space-y-4">
        {error ? <Alert>{errorMessage(error, t)}</Alert> : null}
        <form onSubmit={submit} className="grid max-w-4xl grid-cols-[1fr_1fr_8rem_1fr_auto] items-end gap-2 rounded-lg bg-white p-3 ring-1 ring-slate-200" aria-label={t.users.newUser}>
          <Field label={t.users.email} htmlFor="new-email">
            <TextInput id="new-email" type="email" required value={draft.email} onChange={(e) => setDraft({ ...draft, email: e.target.value })} />
          </Field>
          <Field label={t.users.name} htmlFor="new-name">
            <TextInput id="new-name" required value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
          </Field>
          <Field label={t.users.role} htmlFor="new-role">
            <Select id="new-role" value={draft.role} onChange={(e) => setDraft({ ...draft, role: e.target.value as Role })}>
              {roles.map((role) => (
                <option key={role} value={role}>
                  {t.common.roles[role]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t.users.password} htmlFor="new-password">
            <TextInput id="new-password" type="password" autoComplete="new-password" minLength={10} required value={draft.password} onChange={(e) => setDraft({ ...draft, password: e.target.value })} />
          </Field>
          <Button type="submit" variant="primary" busy={create.isPending}>
            {t.users.newUser}
          </Button>
        </form>

        {users.isPending ? <SkeletonRows rows={4} /> : null}
        {users.data ? (
          <table className="w-full max-w-4xl overflow-hidden rounded-lg bg-white text-sm ring-1 ring-slate-200" aria-label={t.users.title}>
            <thead className="bg-slate-50 text-left text-xs text-slate-500">
              <tr>
                <th className="px-3 py-2">{t.users.email}</th>
                <th className="px-3 py-2">{t.users.name}</th>
                <th className="w-32 px-3 py-2">{t.users.role}</th>
                <th className="w-32 px-3 py-2">{t.users.created}</th>
                <th className="w-56 px-3 py-2" />
              </tr>
            </thead>
            <tbody>
              {users.data.map((user) => (
                <tr key={user.id} className={`border-t border-slate-100 ${user.disabledAt ? "text-slate-400" : ""}`} data-user={user.email}>
                  <td className="px-3 py-2">
                    {user.email} {user.id === me.id ? <span className="text-xs text-slate-400">({t.users.you})</span> : null}
                    {user.disabledAt ? <span className="ml-1 text-xs text-rose-600">{t.users.disabled}</span> : null}
                  </td>
                  <td className="px-3 py-2">{user.name}</td>
                  <td className="px-3 py-2">
                    <Select
                      aria-label={`${t.users.role}: ${user.email}`}
                      value={user.role}
                      disabled={user.id === me.id}
                      onChange={(e) => update.mutate({ id: user.id, role: e.target.value as Role })}
                      className="h-8"
                    >
                      {roles.map((role) => (
                        <option key={role} value={role}>
                          {t.common.roles[role]}
                        </option>
                      ))}
                    </Select>
                  </td>
                  <td className="px-3 py-2 text-slate-500">{formatDate.format(user.createdAt)}</td>
                  <td className="px-3 py-2">
                    <div className="flex gap-1">
                      {user.id !== me.id ? (
                        <Button size="sm" variant="ghost" onClick={() => update.mutate({ id: user.id, disabled: !user.disabledAt })}>
                          {user.disabledAt ? t.users.enable : t.users.disable}
                        </Button>
                      ) : null}
                      <Button
                        size="sm"
                        variant="ghost"
                        onClick={() => {
                          const password = window.prompt(`${t.users.resetPassword}: ${user.email}`);
                          if (password) setPassword.mutate({ id: user.id, password });
                        }}
                      >
                        {t.users.resetPassword}
                      </Button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </PageBody>
    </>
  );
}
