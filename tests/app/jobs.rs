//! The editor's background job type: pending until done, a result once, a
//! panic reported rather than waited on, cancelled when dropped.

use std::sync::mpsc::channel;
use std::time::{Duration, Instant};

use wayline::app::jobs::{Job, Poll};

fn until_done<T>(job: &mut Job<T>) -> Poll<T> {
    let start = Instant::now();
    loop {
        match job.poll() {
            Poll::Pending if start.elapsed() < Duration::from_secs(10) => {
                std::thread::sleep(Duration::from_millis(1));
            }
            other => return other,
        }
    }
}

#[test]
fn a_job_is_pending_until_it_finishes_then_gives_its_result_once() {
    let (go, wait) = channel::<()>();
    let mut job = Job::spawn(None, move |_| {
        wait.recv().unwrap();
        42
    });
    assert_eq!(job.poll(), Poll::Pending);
    go.send(()).unwrap();
    assert_eq!(until_done(&mut job), Poll::Done(42));
    assert_eq!(job.poll(), Poll::Lost, "a result is given only once");
}

#[test]
fn a_panicking_job_is_reported_lost_not_pending_for_ever() {
    let mut job: Job<u8> = Job::spawn(None, |_| panic!("bug in a job"));
    assert_eq!(until_done(&mut job), Poll::Lost);
}

#[test]
fn dropping_a_job_cancels_it() {
    let (seen, saw) = channel::<bool>();
    let (go, wait) = channel::<()>();
    let job = Job::spawn(None, move |cancel| {
        wait.recv().unwrap();
        seen.send(cancel.is_cancelled()).unwrap();
    });
    drop(job);
    go.send(()).unwrap();
    assert!(saw.recv_timeout(Duration::from_secs(10)).unwrap());
}
