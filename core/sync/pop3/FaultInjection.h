// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace lb::sync::pop3 {

// TEST HOOK for the durability proof (issue: "kill the process after every protocol step").
// When the environment variable LETTERBOX_FAULT_KILL_AFTER_STEP holds a number N > 0, the
// process sends itself SIGKILL right after the Nth step: every POP3 command written, every
// reply parsed and every store commit of the engine counts as one step, numbered from the
// start of the process. Unset (the normal case), faultStep() only counts. Tests run the CLI
// with it for every N and check that no message is lost or duplicated.
void faultStep();

// Steps counted so far in this process (for tests and logs).
[[nodiscard]] long faultStepsTaken();

} // namespace lb::sync::pop3
