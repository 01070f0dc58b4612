import Foundation
import Testing
@testable import GovCredit

/// The digests of the smaller package files yield the cores to the largest file's (``ThreadedDigests``): that relies
/// on nice levels being per thread on Linux, so that lowering a digest thread leaves the rest of the run alone.
@Suite("Thread priority")
struct ThreadPriorityTests {
    #if os(Linux)
    @Test
    func loweringAThreadLeavesTheOtherThreadsAlone() throws {
        let before = try #require(ThreadPriority.currentThreadNiceness())
        let worker = BackgroundThread(name: "priority-test") { () -> (Bool, Int32?) in
            let lowered = ThreadPriority.lowerCurrentThread(by: ThreadedDigests.yieldingNiceness)
            return (lowered, ThreadPriority.currentThreadNiceness())
        }
        let (lowered, workerNiceness) = try worker.wait()
        #expect(lowered)
        #expect(workerNiceness == min(19, before + ThreadedDigests.yieldingNiceness))
        #expect(ThreadPriority.currentThreadNiceness() == before, "the calling thread keeps its priority")
    }
    #endif

    @Test(arguments: [false, true])
    func yieldingDigestsAreTheSameDigests(yielding: Bool) throws {
        let bytes = Array((0..<700_001).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) })
        let digests = try ThreadedDigests([.sha256, .sm3], yielding: yielding)
        bytes.withUnsafeBytes { digests.update($0) }
        #expect(try digests.finalize() == (try DigestTests.oneShotAll(bytes)))
    }
}
