import Foundation
import Testing
import TestSupport

/// A mistyped command or option names the nearest real one.
@Suite struct CommandTypoTests {
    @Test(arguments: [
        (["pln"], "ecsplan: 'pln' is not a command of ecsplan; did you mean 'ecsplan plan'?"),
        (["aply", "x"], "ecsplan: 'aply' is not a command of ecsplan; did you mean 'ecsplan apply'?"),
        (["state", "lst"], "ecsplan: 'lst' is not a command of ecsplan state; did you mean 'ecsplan state list'?"),
        (["state", "simulate", "stpe"], "ecsplan: 'stpe' is not a command of ecsplan state simulate; did you mean 'ecsplan state simulate step'?"),
    ])
    func aMistypedCommandSuggestsTheNearest(_ args: [String], _ expected: String) throws {
        let r = try CLI.run(args)
        #expect(r.status == 64)
        #expect(r.stderr.hasPrefix(expected + "\n"), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test func aWordFarFromEveryCommandListsThem() throws {
        let r = try CLI.run(["frobnicate"])
        #expect(r.status == 64)
        #expect(r.stderr == "ecsplan: 'frobnicate' is not a command of ecsplan\n  commands: validate, plan, apply, show, state, import, verify, run, status, wait, rollback; see 'ecsplan --help'\n")
    }

    @Test func aMistypedOptionSuggestsTheNearest() throws {
        let r = try CLI.run(["plan", "--tagret", "service/a/b"])
        #expect(r.status == 64)
        #expect(r.stderr.hasPrefix("ecsplan: Unknown option '--tagret'. Did you mean '--target'?"), "\(r.stderr)")
    }

    @Test func anOptionOfAnotherCommandNamesThatCommand() throws {
        let r = try CLI.run(["plan", "--auto-approve"])
        #expect(r.status == 64)
        #expect(r.stderr.hasPrefix("ecsplan: Unknown option '--auto-approve'\n  hint: --auto-approve is an option of 'ecsplan apply', 'ecsplan rollback'\nUsage: ecsplan plan"),
                "\(r.stderr)")
        let unknown = try CLI.run(["plan", "--no-such-thing"])
        #expect(!unknown.stderr.contains("hint:"), "\(unknown.stderr)")
    }

    /// Help stays reachable however the words are spelled around it.
    @Test func helpAndArgumentsOfRealCommandsAreLeftToTheParser() throws {
        #expect(try CLI.run(["help", "plan"]).status == 0)
        #expect(try CLI.run(["state", "--help"]).status == 0)
        let r = try CLI.run(["validate", "pln"])
        #expect(r.stderr.contains("pln: no such file or directory"), "\(r.stderr)")
    }
}
