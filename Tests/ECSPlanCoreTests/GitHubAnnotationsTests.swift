import Testing
import YAML
@testable import ECSPlanCore

@Suite struct GitHubAnnotationsTests {
    /// In position order ("," sorts before "."), unpositioned last.
    @Test func severitiesMapToCommandsAndSeparatorsAreEscaped() {
        let diagnostics = [
            Diagnostic(.warning, at: Mark(file: "a,b:c.yaml", line: 3, column: 7), path: "services[web].x", "50% done\nnext line"),
            Diagnostic(.note, at: nil, path: "", "just so you know"),
            Diagnostic(.error, at: Mark(file: "a.yaml", line: 1, column: 1), path: "", "bad"),
        ]
        #expect(GitHubAnnotations.render(diagnostics) == """
            ::warning file=a%2Cb%3Ac.yaml,line=3,col=7,title=ecsplan%3A services[web].x::50%25 done%0Anext line
            ::error file=a.yaml,line=1,col=1,title=ecsplan::bad
            ::notice title=ecsplan::just so you know

            """)
    }

    @Test func theReportCountsAndSortsItsDiagnostics() {
        let report = DiagnosticReport(command: "validate", diagnostics: [
            Diagnostic(.warning, at: Mark(file: "b.yaml", line: 1, column: 1), path: "p", "w"),
            Diagnostic(.error, at: Mark(file: "a.yaml", line: 2, column: 3), path: "q", "e"),
        ])
        #expect(!report.valid)
        #expect(report.errorCount == 1 && report.warningCount == 1)
        #expect(report.diagnostics.map(\.file) == ["a.yaml", "b.yaml"])
        #expect(report.json(compact: true) == """
            {"command":"validate","diagnostics":[{"column":3,"file":"a.yaml","line":2,"message":"e","path":"q","severity":"error"},\
            {"column":1,"file":"b.yaml","line":1,"message":"w","path":"p","severity":"warning"}],"errorCount":1,"formatVersion":1,"valid":false,"warningCount":1}

            """)
    }
}
