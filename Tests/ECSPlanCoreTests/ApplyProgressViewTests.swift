import Testing
@testable import ECSPlanCore

/// What apply prints while it works, made from its events and a given clock:
/// a live line on a terminal, throttled lines in a pipeline, none when quiet.
@Suite struct ApplyProgressViewTests {
    static let web = "service/demo/web"

    static func progress(_ running: Int, of desired: Int, on revision: String = "web:2", _ address: String = web) -> ApplyEvent {
        ApplyEvent(.progress, address, "\(running)/\(desired) on \(revision)", running: running, desired: desired, revision: revision)
    }

    static func done(_ desired: Int, on revision: String = "web:2", _ address: String = web) -> ApplyEvent {
        ApplyEvent(.serviceDone, address, "\(desired)/\(desired) on \(revision)", running: desired, desired: desired, revision: revision)
    }

    @Test func inAPipelineEachServiceGetsALineAtMostEveryInterval() {
        var view = ApplyProgressView(live: false, interval: .seconds(5))
        var out = ""
        out += view.handle(Self.progress(0, of: 4), at: .seconds(0))
        out += view.handle(Self.progress(1, of: 4), at: .seconds(1))
        out += view.handle(Self.progress(2, of: 4), at: .seconds(3))
        #expect(out == "service/demo/web: 0/4 tasks on web:2, 0 s\n")
        // The held-back state is printed once the interval has passed, by the next event or tick.
        #expect(view.tick(at: .seconds(4)) == "")
        #expect(view.tick(at: .seconds(5)) == "service/demo/web: 2/4 tasks on web:2, 5 s\n")
        #expect(view.tick(at: .seconds(11)) == "")
        #expect(view.handle(Self.done(4), at: .seconds(12)) == "service/demo/web: 4/4 tasks on web:2, done in 12 s\n")
        #expect(view.tick(at: .seconds(60)) == "")
    }

    @Test func aServiceWithoutNewsStillGetsALineEverySixIntervals() {
        var view = ApplyProgressView(live: false, interval: .seconds(5))
        _ = view.handle(Self.progress(1, of: 4), at: .seconds(0))
        #expect(view.tick(at: .seconds(29)) == "")
        #expect(view.tick(at: .seconds(30)) == "service/demo/web: 1/4 tasks on web:2, 30 s\n")
    }

    @Test func servicesAreThrottledEachOnItsOwn() {
        var view = ApplyProgressView(live: false, interval: .seconds(5))
        let worker = "service/demo/worker"
        var out = view.handle(Self.progress(0, of: 4), at: .seconds(0))
        out += view.handle(Self.progress(0, of: 2, on: "worker:3", worker), at: .seconds(1))
        out += view.handle(Self.progress(1, of: 4), at: .seconds(2))
        #expect(out == "service/demo/web: 0/4 tasks on web:2, 0 s\nservice/demo/worker: 0/2 tasks on worker:3, 0 s\n")
    }

    @Test func onATerminalTheRollingServicesShareOneLineRewrittenInPlace() {
        var view = ApplyProgressView(live: true, width: 200)
        let clear = "\r\u{1B}[2K"
        #expect(view.handle(Self.progress(0, of: 4), at: .seconds(0)) == clear + "service/demo/web: 0/4 tasks on web:2, 0 s")
        #expect(view.handle(Self.progress(1, of: 2, on: "worker:3", "service/demo/worker"), at: .seconds(2))
            == clear + "service/demo/web: 0/4 tasks on web:2, 2 s | service/demo/worker: 1/2 tasks on worker:3, 0 s")
        // Time alone moves the clocks.
        #expect(view.tick(at: .seconds(7)) == clear + "service/demo/web: 0/4 tasks on web:2, 7 s | service/demo/worker: 1/2 tasks on worker:3, 5 s")
        // A line that stays goes above the live line, which is drawn again below it.
        #expect(view.handle(ApplyEvent(.batch, Self.web, "stopping 2 tasks on old revisions"), at: .seconds(8))
            == clear + "service/demo/web: stopping 2 tasks on old revisions\n"
            + clear + "service/demo/web: 0/4 tasks on web:2, 8 s | service/demo/worker: 1/2 tasks on worker:3, 6 s")
        #expect(view.handle(Self.done(4), at: .seconds(9))
            == clear + "service/demo/web: 4/4 tasks on web:2, done in 9 s\n" + clear + "service/demo/worker: 1/2 tasks on worker:3, 7 s")
        #expect(view.handle(Self.done(2, on: "worker:3", "service/demo/worker"), at: .seconds(10))
            == clear + "service/demo/worker: 2/2 tasks on worker:3, done in 8 s\n")
        #expect(view.finish() == "")
    }

    @Test func theLiveLineIsCutToTheTerminalWidthAndRemovedAtTheEnd() {
        var view = ApplyProgressView(live: true, width: 30)
        let shown = view.handle(Self.progress(0, of: 4), at: .seconds(0))
        #expect(shown.hasSuffix("…"))
        #expect(shown.dropFirst("\r\u{1B}[2K".count).count < 30)
        #expect(view.finish() == "\r\u{1B}[2K")
        #expect(view.finish() == "")
    }

    @Test func quietKeepsStepsAndFinalLinesButNoProgress() {
        for live in [false, true] {
            var view = ApplyProgressView(live: live, quiet: true)
            var out = view.handle(ApplyEvent(.step, Self.web, "updating service, web:1 → web:2"), at: .zero)
            out += view.handle(Self.progress(0, of: 4), at: .seconds(1))
            out += view.tick(at: .seconds(60))
            out += view.handle(Self.progress(4, of: 4), at: .seconds(61))
            out += view.handle(Self.done(4), at: .seconds(62))
            out += view.finish()
            #expect(out == "service/demo/web: updating service, web:1 → web:2\nservice/demo/web: 4/4 tasks on web:2, done in 1 min 01 s\n", "live: \(live)")
        }
    }

    @Test func aFailedServiceLeavesTheLiveLine() {
        var view = ApplyProgressView(live: false)
        _ = view.handle(Self.progress(0, of: 4), at: .zero)
        let failed = ApplyEvent(.serviceFailed, Self.web, "service/demo/web: deployment of web:2 failed: tasks failed to start")
        #expect(view.handle(failed, at: .seconds(3)) == "service/demo/web: deployment of web:2 failed: tasks failed to start\n")
        #expect(view.tick(at: .seconds(100)) == "")
    }

    @Test func elapsedTimesReadAsAPersonWouldSayThem() {
        #expect(ApplyProgressView.elapsed(.seconds(35)) == "35 s")
        #expect(ApplyProgressView.elapsed(.seconds(125)) == "2 min 05 s")
        #expect(ApplyProgressView.elapsed(.seconds(3720)) == "1 h 02 min")
    }

    @Test func theLoadLineWaitsASecondThenRewritesItselfAtMostEveryRefresh() {
        var line = LoadProgressLine(delay: .seconds(1), refresh: .milliseconds(200))
        #expect(line.update(done: 10, total: 500, at: .milliseconds(900)) == "")
        #expect(line.finish() == "")
        #expect(line.update(done: 100, total: 500, at: .milliseconds(1000)) == "\r\u{1B}[2Kloading configuration: 100/500 files")
        #expect(line.update(done: 101, total: 500, at: .milliseconds(1100)) == "")
        #expect(line.update(done: 140, total: 500, at: .milliseconds(1200)) == "\r\u{1B}[2Kloading configuration: 140/500 files")
        #expect(line.finish() == "\r\u{1B}[2K")
    }
}
