// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaObject>

#include <atomic>
#include <mutex>

/// What a background job shares with the QObject that started it: a cancel
/// flag and a way to post results back to the object's thread that is safe
/// even while the object is being destroyed.
///
/// The object calls detach() in its destructor (it never waits for the
/// job); afterwards post() drops results. Jobs hold the link by shared_ptr,
/// so whatever the job still needs outlives the object.
template<typename Receiver>
class WorkerLink
{
public:
    explicit WorkerLink(Receiver *receiver)
        : m_receiver(receiver)
    {
    }

    std::atomic<bool> cancel = false;

    /// Queues @p call(receiver) on the receiver's thread, unless detached.
    template<typename Call>
    void post(Call call)
    {
        std::lock_guard lock(m_mutex);
        if (Receiver *const r = m_receiver)
            QMetaObject::invokeMethod(r, [r, call = std::move(call)]() mutable { call(r); }, Qt::QueuedConnection);
    }

    /// Cancels the job and drops its later results; returns at once.
    void detach()
    {
        cancel = true;
        std::lock_guard lock(m_mutex);
        m_receiver = nullptr;
    }

private:
    std::mutex m_mutex;
    Receiver *m_receiver; // guarded by m_mutex; null once detached
};
