"""The main job: a scripted noisy call on a simulated handset, through the full call pipeline.

:func:`~.call.simulate_call` runs the call of :mod:`.scenario` (a caller with a TV in the room,
a Hindi EMI reminder) through :func:`~pipecat_rt_best.call_pipeline.assembly.phone_call`
against the embedded emulators; :mod:`.caller_audio` synthesises the caller and the TV,
:mod:`.transport` is the line and the handset (:class:`~.transport.SimulatedCallTransport`),
:mod:`.timeline` records what happened when, tagged with the practice at work, and
:mod:`.plot` draws a call from its report (``timeline.png``, the notebook).
"""
